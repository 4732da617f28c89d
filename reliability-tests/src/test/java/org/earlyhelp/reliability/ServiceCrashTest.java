package org.earlyhelp.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.earlyhelp.reliability.Submissions.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * referral-service dies with SIGKILL while submissions are half-way through their transactions
 * (their referral rows flushed, their events not yet written): nothing of them is left behind,
 * every referral acknowledged before the crash keeps its event on the feed, and the interrupted
 * ones are created once each when the client retries after the restart.
 */
@ExtendWith(Suite.Shared.class)
class ServiceCrashTest {

    private static final String SCENARIO = "crash";
    private static final int ACKNOWLEDGED_BEFORE = 10;
    private static final int IN_FLIGHT = 6;

    @Test
    void aServiceKilledMidRequestLeavesNoHalfWrittenReferralAndLosesNoEvent(Suite suite) throws Exception {
        Submissions submissions = new Submissions(suite);
        Map<String, String> created = new LinkedHashMap<>();
        for (int n = 0; n < ACKNOWLEDGED_BEFORE; n++) {
            Outcome outcome = submissions.submit(n, Referrals.key(SCENARIO, n));
            assertThat(outcome.created()).as("%s", outcome).isTrue();
            created.put(outcome.key(), outcome.referralId());
        }

        List<CompletableFuture<Outcome>> inFlight = new ArrayList<>();
        List<Outcome> interrupted = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(IN_FLIGHT);
        try (Connection lock = suite.sql("referral")) {
            // Holding the outbox stops each submission at the very end of its transaction: the
            // referral, its people, history, audit row and idempotency key are written, not committed.
            lock.setAutoCommit(false);
            try (Statement statement = lock.createStatement()) {
                statement.execute("LOCK TABLE outbox IN SHARE MODE");
            }
            for (int n = ACKNOWLEDGED_BEFORE; n < ACKNOWLEDGED_BEFORE + IN_FLIGHT; n++) {
                int family = n;
                inFlight.add(CompletableFuture.supplyAsync(() -> submissions.submit(family, Referrals.key(SCENARIO, family)),
                        clients));
            }
            Sql.awaitSessionsWaitingForALock(suite, "referral", IN_FLIGHT, Duration.ofMinutes(1));

            suite.stack.kill("referral-service");

            for (CompletableFuture<Outcome> request : inFlight) {
                interrupted.add(request.get(1, TimeUnit.MINUTES));
            }
            lock.rollback();
            Sql.awaitNoOtherSessions(suite, lock, "referral", Duration.ofMinutes(1));
        } finally {
            clients.shutdownNow();
            suite.ensureRunning("referral-service");
        }

        assertThat(interrupted).as("the interrupted requests were told so (gateway 502), none was acknowledged")
                .noneMatch(Outcome::created).allMatch(Outcome::retryable);
        Map<String, Long> afterCrash = Sql.referralsPerKey(suite, SCENARIO);
        assertThat(afterCrash).as("only the acknowledged referrals exist; the interrupted ones left nothing")
                .containsOnlyKeys(created.keySet());
        assertThat(Sql.halfWrittenReferrals(suite)).as("referrals without their people, history or event").isZero();

        for (Outcome request : interrupted) {
            int family = Integer.parseInt(request.key().substring(request.key().lastIndexOf('-') + 1));
            Outcome retried = submissions.retryUntilCreated(family, request.key(), Duration.ofMinutes(1));
            assertThat(retried.created()).as("retry of %s after the restart", retried).isTrue();
            created.put(retried.key(), retried.referralId());
        }

        Map<String, Long> inDatabase = Sql.referralsPerKey(suite, SCENARIO);
        long duplicates = inDatabase.values().stream().mapToLong(count -> count - 1).sum();
        assertThat(inDatabase.keySet()).containsExactlyInAnyOrderElementsOf(created.keySet());
        assertThat(duplicates).as("referrals created twice for one request").isZero();

        // The police's own records system follows the feed: one referral.submitted per referral, none missing.
        Map<String, Long> events = new EventFeed(() -> suite.asSystem("police-records-system"), "referral")
                .countBySubject("referral.submitted");
        long lost = created.values().stream().filter(id -> events.getOrDefault(id, 0L) == 0).count();
        long twice = created.values().stream().filter(id -> events.getOrDefault(id, 0L) > 1).count();
        assertThat(lost).as("referrals whose referral.submitted event is not on the feed").isZero();
        assertThat(twice).as("referrals whose event is on the feed twice").isZero();

        suite.ledger.survived("referral-service killed (SIGKILL) mid-request and restarted", IN_FLIGHT
                + " submissions held just before commit were cut off (" + interrupted.stream().map(Outcome::status).distinct()
                .map(status -> status == 0 ? "no answer" : String.valueOf(status)).toList() + "), left nothing, and were created"
                + " once on retry; " + ACKNOWLEDGED_BEFORE + " acknowledged before the crash kept their events",
                "referrals and their events", created.size(), lost, duplicates + twice);
    }
}
