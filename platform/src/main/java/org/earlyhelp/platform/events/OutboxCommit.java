package org.earlyhelp.platform.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Writes one transaction's events at the end of that transaction, under the outbox commit lock.
 *
 * <p>Why at the end and under a lock: a feed position taken early by a transaction that commits
 * late would be a hole the feed could be read past; a consumer whose cursor is already beyond it
 * would never see the event. Here a transaction takes the transaction-scoped advisory lock
 * {@link #COMMIT_LOCK}, inserts its events (their identity positions drawn now) and commits;
 * PostgreSQL makes the commit visible <em>before</em> it releases the lock, so the next
 * transaction draws higher positions only once every lower one is visible or rolled back.
 * Positions therefore become visible in increasing order, which is commit order, across any
 * number of replicas (the lock lives in the database).
 *
 * <p>This runs as an <em>interposed</em> synchronization: JTA calls those after the ordinary
 * ones, so Hibernate has flushed the service's own changes (and met any row locks or constraint
 * violations) before the lock is taken; the lock is held only for these inserts and the commit.
 */
final class OutboxCommit implements Synchronization {

    /** Key of the transaction-scoped advisory lock that serialises outbox commits: "outbox" in ASCII. */
    static final long COMMIT_LOCK = 0x6F7574626F78L;

    static final String INSERT = """
            INSERT INTO outbox (id, source, type, subject, occurred_at, data, audience)
            VALUES (?, ?, ?, ?, ?, ?::jsonb, ?)""";

    private static final Object KEY = OutboxCommit.class;

    private final TransactionSynchronizationRegistry transactions;
    private final DataSource dataSource;
    private final List<OutboxRow> rows = new ArrayList<>();

    private OutboxCommit(TransactionSynchronizationRegistry transactions, DataSource dataSource) {
        this.transactions = transactions;
        this.dataSource = dataSource;
    }

    /** The pending events of the current transaction, registered with it on first use. */
    static OutboxCommit of(TransactionSynchronizationRegistry transactions, DataSource dataSource) {
        OutboxCommit commit = (OutboxCommit) transactions.getResource(KEY);
        if (commit == null) {
            commit = new OutboxCommit(transactions, dataSource);
            transactions.putResource(KEY, commit);
            transactions.registerInterposedSynchronization(commit);
        }
        return commit;
    }

    void add(OutboxRow row) {
        rows.add(row);
    }

    @Override
    public void beforeCompletion() {
        if (rows.isEmpty() || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return;
        }
        // Inside the JTA transaction the pool hands out the connection the transaction already uses.
        try (Connection connection = dataSource.getConnection()) {
            try (Statement lock = connection.createStatement()) {
                lock.execute("SELECT pg_advisory_xact_lock(" + COMMIT_LOCK + ")");
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (OutboxRow row : rows) {
                    insert.setObject(1, row.id());
                    insert.setString(2, row.source());
                    insert.setString(3, row.type());
                    insert.setString(4, row.subject());
                    insert.setObject(5, OffsetDateTime.ofInstant(row.occurredAt(), ZoneOffset.UTC));
                    if (row.data() == null) {
                        insert.setNull(6, Types.VARCHAR);
                    } else {
                        insert.setString(6, row.data());
                    }
                    insert.setArray(7, connection.createArrayOf("text", row.audience()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            // Thrown from beforeCompletion, this rolls the whole transaction back: no change without its events.
            throw new IllegalStateException("Could not write " + rows.size() + " event(s) to the outbox", e);
        }
    }

    @Override
    public void afterCompletion(int status) {
        rows.clear();
    }
}
