package org.earlyhelp.platform.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One audit trail entry as auditors see it; {@code seq} and {@code hash} are null until the row is sealed. */
record AuditEventView(
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
        Long seq,
        String hash) {

    static AuditEventView of(AuditRow row) {
        return new AuditEventView(row.id(), row.occurredAt(), row.userId(), row.username(), row.agency(), row.roles(),
                row.action(), row.resourceType(), row.resourceId(), row.personIds(), row.purpose(), row.outcome(),
                row.requestId(), row.sealSeq(), CanonicalContent.hex(row.hash()));
    }
}
