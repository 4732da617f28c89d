package org.earlyhelp.platform.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * Filters of an audit trail search; null means "any". {@code from} is inclusive, {@code to} exclusive.
 */
record AuditQuery(
        UUID personId,
        String agency,
        String resourceType,
        String resourceId,
        String userId,
        String action,
        AuditOutcome outcome,
        Instant from,
        Instant to) {

    static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null, null, null, null, null);
    }
}
