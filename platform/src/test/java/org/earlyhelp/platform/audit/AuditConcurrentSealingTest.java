package org.earlyhelp.platform.audit;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Many transactions append audit rows at once and commit in whatever order they finish, some
 * roll back, and two sealers (as two replicas would) chain them all the while. Every committed
 * row ends up sealed exactly once, in one unbroken chain that verifies.
 */
@QuarkusTest
@TestProfile(ManualSealing.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class AuditConcurrentSealingTest {

    private static final int WRITERS = 8;
    private static final int TRANSACTIONS_PER_WRITER = 12;
    private static final int SEALERS = 2;

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

    @Test
    void rowsFromConcurrentTransactionsCommittingOutOfOrderAllEndUpInOneVerifiableChain() throws Exception {
        Queue<List<Long>> committedInOrder = new ConcurrentLinkedQueue<>();
        Queue<Long> rolledBack = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + SEALERS);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                writers.add(pool.submit(() -> {
                    start.await();
                    for (int t = 0; t < TRANSACTIONS_PER_WRITER; t++) {
                        writeOneTransaction(committedInOrder, rolledBack);
                    }
                    return null;
                }));
            }
            List<Future<?>> sealers = new ArrayList<>();
            for (int s = 0; s < SEALERS; s++) {
                sealers.add(pool.submit(() -> {
                    start.await();
                    while (writing.get()) {
                        sealer.sealPending();
                        Thread.sleep(3);
                    }
                    return null;
                }));
            }

            start.countDown();
            for (Future<?> writer : writers) {
                writer.get(120, SECONDS);
            }
            writing.set(false);
            for (Future<?> each : sealers) {
                each.get(30, SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        sealer.sealPending();

        assertThat(someCommitOvertookAnEarlierRow(new ArrayList<>(committedInOrder)))
                .as("the scenario really had transactions committing out of id order")
                .isTrue();
        for (List<Long> committed : committedInOrder) {
            for (long id : committed) {
                assertThat(AuditRows.sealSeqOf(dataSource, id)).as("row %d sealed", id).isNotNull();
            }
        }
        for (long id : rolledBack) {
            assertThat(AuditRows.count(dataSource, "id = ?", id)).as("rolled back row %d", id).isZero();
        }

        List<AuditRows.Sealed> chain = AuditRows.inChainOrder(dataSource);
        for (int i = 0; i < chain.size(); i++) {
            assertThat(chain.get(i).seq()).isEqualTo(i + 1L);
            if (i > 0) {
                AuditRows.Sealed before = chain.get(i - 1);
                AuditRows.Sealed after = chain.get(i);
                assertThat(after.txid() > before.txid() || (after.txid() == before.txid() && after.id() > before.id()))
                        .as("seal %d follows seal %d in (txid, id) order", after.seq(), before.seq())
                        .isTrue();
            }
        }

        ChainReport report = verifier.verify();
        assertThat(report.valid()).isTrue();
        assertThat(report.checked()).isEqualTo(chain.size());
        assertThat(report.unsealed()).isZero();
    }

    private void writeOneTransaction(Queue<List<Long>> committedInOrder, Queue<Long> rolledBack) throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<Long> ids = new ArrayList<>();
        transaction.begin();
        try {
            int rows = 1 + random.nextInt(3);
            for (int r = 0; r < rows; r++) {
                ids.add(audit.record(AuditEntry.of(Callers.practitioner("northshire-police"))
                        .action(AuditAction.UPDATE)
                        .resource("record", UUID.randomUUID())
                        .person(UUID.randomUUID())
                        .build()));
                Thread.sleep(random.nextInt(8));
            }
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
        if (random.nextInt(5) == 0) {
            transaction.rollback();
            rolledBack.addAll(ids);
        } else {
            transaction.commit();
            committedInOrder.add(ids);
        }
    }

    /** Whether some transaction committed after another one whose rows have higher ids. */
    private static boolean someCommitOvertookAnEarlierRow(List<List<Long>> committedInOrder) {
        long highestSoFar = Long.MIN_VALUE;
        for (List<Long> ids : committedInOrder) {
            long lowest = Collections.min(ids);
            if (lowest < highestSoFar) {
                return true;
            }
            highestSoFar = Math.max(highestSoFar, Collections.max(ids));
        }
        return false;
    }
}
