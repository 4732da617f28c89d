package org.earlyhelp.platform.dataprotection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.context.ServiceContext;
import org.earlyhelp.platform.identity.Caller;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Applies the retention schedule (decision 0061): each run asks every {@link RetentionRule} which records are past
 * their date and erases them, one transaction each, then removes the service's own housekeeping rows past theirs
 * (outbox events, consumed-event records, idempotency responses). In a dry run it only lists them. Several replicas
 * may run at once: a record another has just erased is skipped ({@link RetentionRule#erase} answers null).
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);
    static final String OUTBOX_EVENT = "outbox-event";
    static final String CONSUMED_EVENT = "consumed-event";

    private final Erasure erasure;
    private final RetentionConfig config;
    private final DataSource dataSource;
    private final ServiceContext context;

    RetentionJob(Erasure erasure, RetentionConfig config, DataSource dataSource, ServiceContext context) {
        this.erasure = erasure;
        this.config = config;
        this.dataSource = dataSource;
        this.context = context;
    }

    @Scheduled(identity = "earlyhelp-retention", every = "${earlyhelp.retention.every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (config.enabled()) {
            RetentionReport report = run(Instant.now(), config.dryRun());
            if (!report.records().isEmpty() || report.outboxEvents() + report.consumedEvents() + report.idempotencyResponses() > 0) {
                LOG.infof("Retention%s: %d records, %d outbox events, %d consumed events, %d idempotency responses",
                        report.dryRun() ? " (dry run, nothing erased)" : "", report.records().size(), report.outboxEvents(),
                        report.consumedEvents(), report.idempotencyResponses());
            }
        }
    }

    /** One run as if it were {@code asOf}: what went (or, in a dry run, would go). */
    public RetentionReport run(Instant asOf, boolean dryRun) {
        List<ErasableRecord> records = new ArrayList<>();
        for (RetentionRule rule : erasure.rules().values()) {
            Period keep = config.keep(rule.recordType());
            if (dryRun) {
                records.addAll(rule.due(asOf, keep, Integer.MAX_VALUE));
                continue;
            }
            List<ErasableRecord> due;
            do {
                due = QuarkusTransaction.requiringNew().call(() -> rule.due(asOf, keep, config.batchSize()));
                for (ErasableRecord record : due) {
                    if (QuarkusTransaction.requiringNew().call(() -> erasure.erase(record, RecordErased.RETENTION, null, (Caller) null))) {
                        records.add(record);
                    }
                }
            } while (due.size() == config.batchSize());
        }
        // A run as of a later day moves the records' clocks only: the feed's own clock stays today, so the record.erased
        // events just written (and everything a consumer may still read) are not swept away with it.
        Instant today = asOf.isAfter(Instant.now()) ? Instant.now() : asOf;
        Instant eventsBefore = before(today, config.keep(OUTBOX_EVENT));
        Instant consumedBefore = before(today, config.keep(CONSUMED_EVENT));
        return new RetentionReport(context.name(), asOf, dryRun, records,
                housekeeping("outbox where occurred_at < ?", eventsBefore, dryRun),
                housekeeping("consumed_event where consumed_at < ?", consumedBefore, dryRun),
                housekeeping("idempotency_key where expires_at < ?", asOf, dryRun));
    }

    /** {@code asOf} less a period (months and years by the calendar, in UTC). */
    public static Instant before(Instant asOf, Period keep) {
        return asOf.atOffset(ZoneOffset.UTC).minus(keep).toInstant();
    }

    private long housekeeping(String rowsBefore, Instant before, boolean dryRun) {
        String sql = (dryRun ? "select count(*) from " : "delete from ") + rowsBefore;
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setTimestamp(1, Timestamp.from(before));
                if (!dryRun) {
                    return (long) statement.executeUpdate();
                }
                try (var row = statement.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not apply retention to " + rowsBefore, e);
            }
        });
    }
}
