package org.earlyhelp.reliability;

import java.time.Duration;
import java.time.Instant;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Referral submissions as the police officer's client sends them through the gateway: each with
 * its own {@code Idempotency-Key}, retried with that same key after an error it may retry.
 */
final class Submissions {

    static final String OFFICER = "pc.hughes";

    /** What one submission got back: a status (0 when the connection failed) and, if created, the referral id and its ETag. */
    record Outcome(String key, int status, String referralId, String etag, boolean replayed, String retryAfter, String failure) {

        boolean created() {
            return status == 201 && referralId != null;
        }

        /** An answer a client may retry: the service or its database is unavailable, or the exchange broke. */
        boolean retryable() {
            return status == 0 || status == 502 || status == 503 || status == 504;
        }

        @Override
        public String toString() {
            return key + " -> " + (status == 0 ? failure : status + (replayed ? " (replayed)" : ""));
        }
    }

    private final Suite suite;

    Submissions(Suite suite) {
        this.suite = suite;
    }

    /** Submits family {@code n} once with {@code key}. */
    Outcome submit(int n, String key) {
        try {
            Response response = suite.as(OFFICER).contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(Referrals.family(n, key))
                    .when().post("/api/referrals");
            int status = response.statusCode();
            String id = status == 201 ? response.jsonPath().getString("id") : null;
            return new Outcome(key, status, id, response.header("ETag"), "true".equals(response.header("Idempotent-Replayed")),
                    response.header("Retry-After"), status == 201 ? null : response.asString());
        } catch (RuntimeException connectionFailed) {
            return new Outcome(key, 0, null, null, false, null, connectionFailed.getClass().getSimpleName() + ": "
                    + connectionFailed.getMessage());
        }
    }

    /**
     * Sends family {@code n} with {@code key} again until it is created (or a replay of its creation
     * comes back), as a client does after an error it may retry; gives up on an answer it may not retry.
     */
    Outcome retryUntilCreated(int n, String key, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        Outcome outcome = submit(n, key);
        while (!outcome.created() && outcome.retryable() && Instant.now().isBefore(deadline)) {
            Thread.sleep(waitBeforeRetry(outcome).toMillis());
            outcome = submit(n, key);
        }
        return outcome;
    }

    private static Duration waitBeforeRetry(Outcome outcome) {
        if (outcome.retryAfter() != null && outcome.retryAfter().matches("\\d{1,3}")) {
            return Duration.ofSeconds(Long.parseLong(outcome.retryAfter()));
        }
        return Duration.ofSeconds(1);
    }
}
