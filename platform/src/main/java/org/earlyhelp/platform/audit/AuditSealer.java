package org.earlyhelp.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Chains committed audit rows shortly after they are written, so that writers never queue
 * behind one another for the previous hash.
 *
 * <p><b>Commit order.</b> Row ids are handed out at insert, but transactions commit in any
 * order: a row with a lower id can become visible after higher ids were sealed. So the sealer
 * only takes rows whose inserting transaction ({@code txid}) is older than the oldest
 * transaction still running ({@code pg_snapshot_xmin} of its own snapshot). Every such
 * transaction has ended, so its rows are either visible now or never will be, and every row
 * still to come has a {@code txid} at or above that horizon. Sealing in {@code (txid, id)}
 * order therefore never has to put a row before one already sealed. The price: a transaction
 * that has written something and stays open holds sealing back (rows wait, none is lost; verify
 * reports them as unsealed).
 *
 * <p><b>Replicas.</b> A round locks the single {@code audit_seal} row with {@code FOR UPDATE SKIP
 * LOCKED}: one replica seals, the others find it locked and skip the round.
 */
@ApplicationScoped
class AuditSealer {

    private static final String LOCK_HEAD = "SELECT last_seq, last_hash FROM audit_seal WHERE id = 1 FOR UPDATE SKIP LOCKED";
    private static final String SEALABLE = "SELECT " + AuditEvents.COLUMNS + " FROM audit_event"
            + " WHERE seal_seq IS NULL AND txid < pg_snapshot_xmin(pg_current_snapshot())"
            + " ORDER BY txid, id LIMIT ?";
    private static final String SEAL = "UPDATE audit_event SET seal_seq = ?, prev_hash = ?, hash = ? WHERE id = ?";
    private static final String MOVE_HEAD = "UPDATE audit_seal SET last_seq = ?, last_hash = ?, sealed_at = now() WHERE id = 1";

    private final DataSource dataSource;
    private final AuditConfig config;

    AuditSealer(DataSource dataSource, AuditConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    @Scheduled(identity = "earlyhelp-audit-sealer", every = "${earlyhelp.audit.sealer.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        if (config.sealer().enabled()) {
            sealPending();
        }
    }

    /**
     * Seals every row that can be sealed now, one batch per transaction, and returns how many
     * it sealed; 0 if another instance is sealing at the moment.
     */
    int sealPending() {
        int total = 0;
        while (true) {
            Optional<Integer> sealed = QuarkusTransaction.requiringNew().call(this::sealBatch);
            if (sealed.isEmpty()) {
                return total;
            }
            total += sealed.get();
            if (sealed.get() < config.sealer().batchSize()) {
                return total;
            }
        }
    }

    /** One batch in the current transaction; empty if another instance holds the head. */
    private Optional<Integer> sealBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Optional<ChainHead> head = lockHead(connection);
            if (head.isEmpty()) {
                return Optional.empty();
            }
            List<AuditRow> rows;
            try (PreparedStatement select = AuditEvents.prepare(connection, SEALABLE, List.of(config.sealer().batchSize()))) {
                rows = AuditEvents.rows(select);
            }
            if (rows.isEmpty()) {
                return Optional.of(0);
            }
            long seq = head.get().lastSeq();
            byte[] previous = head.get().lastHash();
            try (PreparedStatement seal = connection.prepareStatement(SEAL)) {
                for (AuditRow row : rows) {
                    seq++;
                    byte[] hash = CanonicalContent.hash(row, seq, previous);
                    seal.setLong(1, seq);
                    seal.setBytes(2, previous);
                    seal.setBytes(3, hash);
                    seal.setLong(4, row.id());
                    seal.addBatch();
                    previous = hash;
                }
                seal.executeBatch();
            }
            try (PreparedStatement move = connection.prepareStatement(MOVE_HEAD)) {
                move.setLong(1, seq);
                move.setBytes(2, previous);
                move.executeUpdate();
            }
            return Optional.of(rows.size());
        }
    }

    private static Optional<ChainHead> lockHead(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(LOCK_HEAD); ResultSet head = lock.executeQuery()) {
            return head.next() ? Optional.of(new ChainHead(head.getLong(1), head.getBytes(2))) : Optional.empty();
        }
    }
}
