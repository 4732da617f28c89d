package org.earlyhelp.platform.dataprotection;

import java.time.Instant;
import java.util.List;

/**
 * What one run of the retention job erased, or in a dry run would erase: records by id (no one is named), and how
 * many of the service's housekeeping rows went.
 *
 * @param outboxEvents         events older than {@code earlyhelp.retention.keep.outbox-event}
 * @param consumedEvents       de-duplication records older than {@code earlyhelp.retention.keep.consumed-event}
 * @param idempotencyResponses stored responses past their expiry
 */
public record RetentionReport(String context, Instant asOf, boolean dryRun, List<ErasableRecord> records,
        long outboxEvents, long consumedEvents, long idempotencyResponses) {
}
