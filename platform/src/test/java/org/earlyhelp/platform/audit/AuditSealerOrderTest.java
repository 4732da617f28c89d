package org.earlyhelp.platform.audit;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The sealer never chains a committed row while an older transaction is still open, because
 * that transaction may yet commit a row that belongs before it; once it commits, both are
 * sealed in transaction order.
 */
@QuarkusTest
@TestProfile(ManualSealing.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class AuditSealerOrderTest {

    @Inject
    AuditTrail audit;

    @Inject
    AuditSealer sealer;

    @Inject
    ChainVerifier verifier;

    @Inject
    DataSource dataSource;

    @Inject
    UserTransaction transaction;

    private ExecutorService executor;

    @BeforeEach
    void startExecutor() {
        executor = Executors.newSingleThreadExecutor();
        sealer.sealPending();
    }

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void aRowCommittedWhileAnEarlierTransactionIsOpenWaitsForItThenBothAreSealedInOrder() throws Exception {
        AtomicLong earlyId = new AtomicLong();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch mayCommit = new CountDownLatch(1);
        Future<?> early = executor.submit(() -> {
            inTransaction(() -> {
                earlyId.set(audit.record(entry("early")));
                written.countDown();
                await(mayCommit);
            });
            return null;
        });
        awaitSignal(written, early);

        long late = audit.record(entry("late"));
        assertThat(late).isGreaterThan(earlyId.get());

        assertThat(sealer.sealPending()).isZero();
        assertThat(AuditRows.sealSeqOf(dataSource, late))
                .as("committed, but an older transaction is still open")
                .isNull();

        mayCommit.countDown();
        early.get(30, SECONDS);
        assertThat(sealer.sealPending()).isEqualTo(2);

        Long earlySeq = AuditRows.sealSeqOf(dataSource, earlyId.get());
        assertThat(earlySeq).isNotNull();
        assertThat(AuditRows.sealSeqOf(dataSource, late)).isEqualTo(earlySeq + 1);
        assertThat(verifier.verify().valid()).isTrue();
    }

    @Test
    void chainOrderFollowsTransactionsNotRowIds() throws Exception {
        AtomicLong earlyTransactionRow = new AtomicLong();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch mayWrite = new CountDownLatch(1);
        Future<?> early = executor.submit(() -> {
            inTransaction(() -> {
                // Any write gives the transaction its id; its audit row comes only later.
                assignTransactionId();
                started.countDown();
                await(mayWrite);
                earlyTransactionRow.set(audit.record(entry("written last, by the older transaction")));
            });
            return null;
        });
        awaitSignal(started, early);

        long laterTransactionRow = audit.record(entry("written first, by the newer transaction"));
        assertThat(sealer.sealPending()).isZero();
        assertThat(AuditRows.sealSeqOf(dataSource, laterTransactionRow)).isNull();

        mayWrite.countDown();
        early.get(30, SECONDS);
        assertThat(earlyTransactionRow.get()).isGreaterThan(laterTransactionRow);
        assertThat(sealer.sealPending()).isEqualTo(2);

        assertThat(AuditRows.sealSeqOf(dataSource, laterTransactionRow))
                .isEqualTo(AuditRows.sealSeqOf(dataSource, earlyTransactionRow.get()) + 1);
        assertThat(verifier.verify().valid()).isTrue();
    }

    @Test
    void aRolledBackTransactionLeavesNoRowAndNoGap() throws Exception {
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch mayRollBack = new CountDownLatch(1);
        AtomicLong abandoned = new AtomicLong();
        Future<?> rolledBack = executor.submit(() -> {
            transaction.begin();
            try {
                abandoned.set(audit.record(entry("abandoned")));
                written.countDown();
                await(mayRollBack);
            } finally {
                transaction.rollback();
            }
            return null;
        });
        awaitSignal(written, rolledBack);
        long kept = audit.record(entry("kept"));
        assertThat(sealer.sealPending()).isZero();

        mayRollBack.countDown();
        rolledBack.get(30, SECONDS);
        assertThat(sealer.sealPending()).isEqualTo(1);
        assertThat(AuditRows.sealSeqOf(dataSource, kept)).isNotNull();
        assertThat(AuditRows.count(dataSource, "id = ?", abandoned.get())).isZero();
        assertThat(verifier.verify().valid()).isTrue();
    }

    private static AuditEntry entry(String note) {
        return AuditEntry.of(Callers.practitioner("northshire-police"))
                .action(AuditAction.READ)
                .resource("record", UUID.randomUUID())
                .purpose(note)
                .build();
    }

    /** Runs {@code work} in a transaction of this thread, the way a service's request would. */
    private void inTransaction(Runnable work) throws Exception {
        transaction.begin();
        try {
            work.run();
        } catch (RuntimeException e) {
            transaction.rollback();
            throw e;
        }
        transaction.commit();
    }

    private void assignTransactionId() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet ignored = statement.executeQuery("SELECT pg_current_xact_id()")) {
            // pg_current_xact_id() assigns the transaction its id, as its first write would.
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the other transaction's signal, failing with its exception if it died instead. */
    private static void awaitSignal(CountDownLatch latch, Future<?> other) throws Exception {
        long deadline = System.nanoTime() + SECONDS.toNanos(30);
        while (!latch.await(50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            if (other.isDone()) {
                other.get();
                throw new IllegalStateException("the other transaction ended without signalling");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting for the other transaction");
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, SECONDS)) {
                throw new IllegalStateException("timed out waiting for the other transaction");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
