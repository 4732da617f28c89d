package org.earlyhelp.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.earlyhelp.reliability.Submissions.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL restarts while practitioners keep submitting referrals: whatever the client was
 * told was created is there afterwards, and whatever failed succeeds once when the client sends
 * it again with the same {@code Idempotency-Key}.
 */
@ExtendWith(Suite.Shared.class)
class DatabaseRestartTest {

    private static final String SCENARIO = "db-restart";
    private static final int CLIENTS = 4;
    /** Created before the restart begins, and again after it is over, before the clients stop. */
    private static final int CREATED_BEFORE = 15;
    private static final int CREATED_AFTER = 10;
    /** A bound on the run if the suite never recovered; the assertions then say what is missing. */
    private static final int MOST_SUBMISSIONS = 400;

    @Test
    void everySubmissionToldCreatedIsKeptAndEveryFailedOneIsCreatedOnceOnRetry(Suite suite) throws Exception {
        Submissions submissions = new Submissions(suite);
        AtomicInteger next = new AtomicInteger();
        CountDownLatch createdBefore = new CountDownLatch(CREATED_BEFORE);
        AtomicBoolean restarted = new AtomicBoolean();
        AtomicInteger createdAfter = new AtomicInteger();
        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> familyOfKey = new java.util.concurrent.ConcurrentHashMap<>();

        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            running.add(clients.submit(() -> {
                int n;
                while (!(restarted.get() && createdAfter.get() >= CREATED_AFTER) && (n = next.getAndIncrement()) < MOST_SUBMISSIONS) {
                    String key = Referrals.key(SCENARIO, n);
                    familyOfKey.put(key, n);
                    boolean afterRestart = restarted.get();
                    Outcome outcome = submissions.submit(n, key);
                    outcomes.add(outcome);
                    if (outcome.created()) {
                        createdBefore.countDown();
                        if (afterRestart) {
                            createdAfter.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        try {
            while (!createdBefore.await(1, TimeUnit.SECONDS)) {
                assertThat(running).as("clients still submitting before %d were created: %s", CREATED_BEFORE, outcomes)
                        .anyMatch(client -> !client.isDone());
            }
            suite.stack.restartDatabase();
            restarted.set(true);
            for (Future<?> client : running) {
                client.get(5, TimeUnit.MINUTES);
            }
        } finally {
            clients.shutdownNow();
        }

        List<Outcome> failed = outcomes.stream().filter(outcome -> !outcome.created()).toList();
        assertThat(failed).as("every failure is one a client may retry (service or database unavailable), never a 4xx or a 500")
                .allMatch(Outcome::retryable);

        // The client sends each failed submission again, with the same key.
        Map<String, String> createdIds = new LinkedHashMap<>();
        outcomes.stream().filter(Outcome::created).forEach(outcome -> createdIds.put(outcome.key(), outcome.referralId()));
        int replays = 0;
        for (Outcome failure : failed) {
            Outcome retried = submissions.retryUntilCreated(familyOfKey.get(failure.key()), failure.key(), Duration.ofMinutes(1));
            assertThat(retried.created()).as("retry of %s", retried).isTrue();
            replays += retried.replayed() ? 1 : 0;
            createdIds.put(retried.key(), retried.referralId());
        }

        Map<String, Long> inDatabase = Sql.referralsPerKey(suite, SCENARIO);
        long lost;
        try (Connection referral = suite.sql("referral")) {
            lost = createdIds.size() - Sql.count(referral, "SELECT count(*) FROM referral WHERE id = ANY (?::uuid[])",
                    (Object) createdIds.values().toArray(String[]::new));
        }
        long duplicates = inDatabase.values().stream().mapToLong(count -> count - 1).sum();
        assertThat(createdIds).as("every submission created in the end").hasSize(familyOfKey.size());
        assertThat(lost).as("referrals the client was told were created but are not in the database").isZero();
        assertThat(duplicates).as("referrals created twice for one request").isZero();
        assertThat(inDatabase.keySet()).as("no referral in the database that no client asked for")
                .containsExactlyInAnyOrderElementsOf(familyOfKey.keySet());

        Map<String, Long> failures = new TreeMap<>();
        failed.forEach(outcome -> failures.merge(outcome.status() == 0 ? "no answer" : String.valueOf(outcome.status()), 1L,
                Long::sum));
        suite.ledger.survived("PostgreSQL restarted during a run of referral submissions", outcomes.size() + " submissions, "
                + failed.size() + " failed " + failures + " and were sent again with the same Idempotency-Key: " + replays
                + " replayed, " + (failed.size() - replays) + " created", "referrals", familyOfKey.size(), lost, duplicates);
    }
}
