package org.earlyhelp.platform.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An {@code audit_event} row exactly as stored, seal columns included. The outcome stays the
 * stored text so that verification hashes what is in the table, not what the code expects.
 */
record AuditRow(
        long id,
        Instant occurredAt,
        String userId,
        String username,
        String agency,
        List<String> roles,
        String action,
        String resourceType,
        String resourceId,
        List<UUID> personIds,
        String purpose,
        String outcome,
        String requestId,
        Long sealSeq,
        byte[] prevHash,
        byte[] hash) {
}
