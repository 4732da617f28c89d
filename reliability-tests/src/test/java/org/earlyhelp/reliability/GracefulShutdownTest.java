package org.earlyhelp.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * SIGTERM, as Kubernetes or the launcher sends it, while a change is in flight: readiness goes
 * DOWN first (the process still serves), the change completes and is kept, then the process exits.
 * The change is held up by a row lock the test takes on the referral, so it is in flight for sure.
 */
@ExtendWith(Suite.Shared.class)
class GracefulShutdownTest {

    private static final String SERVICE = "referral-service";
    private static final String HUB = "hub.patel";
    /** {@code quarkus.shutdown.delay} in the platform's shared defaults: readiness is DOWN this long before the server stops taking work. */
    private static final Duration SHUTDOWN_DELAY = Duration.ofSeconds(5);

    @Test
    void aChangeInFlightCompletesOnSigtermAfterReadinessWentDown(Suite suite) throws Exception {
        String key = Referrals.key("shutdown", 0);
        String referral = new Submissions(suite).submit(0, key).referralId();
        assertThat(referral).isNotNull();
        String etag = suite.as(HUB).when().get("/api/referrals/" + referral).then().statusCode(200).extract().header("ETag");
        String service = suite.serviceUrl(SERVICE);
        ProcessHandle process = ProcessHandle.of(suite.stack.pids().get(SERVICE)).orElseThrow();
        assertThat(status(service + "/q/health/ready")).isEqualTo(200);

        ExecutorService client = Executors.newSingleThreadExecutor();
        Response triage;
        int readinessDuringShutdown;
        int livenessDuringShutdown;
        try (Connection lock = suite.sql("referral")) {
            lock.setAutoCommit(false);
            try (PreparedStatement row = lock.prepareStatement("SELECT 1 FROM referral WHERE id = ? FOR UPDATE")) {
                row.setObject(1, UUID.fromString(referral));
                row.executeQuery().close();
            }
            CompletableFuture<Response> inFlight = CompletableFuture.supplyAsync(() -> given().baseUri(service)
                    .header("Authorization", suite.bearer(HUB)).header("If-Match", etag).contentType(ContentType.JSON)
                    .when().post("/api/referrals/" + referral + "/triage"), client);
            Sql.awaitSessionsWaitingForALock(suite, "referral", 1, Duration.ofMinutes(1));

            process.destroy(); // SIGTERM

            readinessDuringShutdown = awaitStatus(service + "/q/health/ready", 503, Duration.ofSeconds(30));
            livenessDuringShutdown = status(service + "/q/health/live");
            // Past the delay the server takes no new work but waits for what is in flight: keep it waiting a while.
            Thread.sleep(SHUTDOWN_DELAY.plusSeconds(1).toMillis());
            assertThat(process.isAlive()).as("still running while its request is in flight").isTrue();
            assertThat(inFlight).as("the change waits on the lock").isNotDone();
            lock.rollback();
            triage = inFlight.get(1, TimeUnit.MINUTES);
            process.onExit().get(1, TimeUnit.MINUTES);
        } finally {
            client.shutdownNow();
            suite.ensureRunning(SERVICE);
        }

        assertThat(readinessDuringShutdown).as("readiness right after SIGTERM").isEqualTo(503);
        assertThat(livenessDuringShutdown).as("the process still served meanwhile").isEqualTo(200);
        assertThat(triage.statusCode()).as("the triage in flight at SIGTERM: %s", triage.asString()).isEqualTo(200);
        suite.as(HUB).when().get("/api/referrals/" + referral).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("in-triage"));

        suite.ledger.note("graceful shutdown: SIGTERM to " + SERVICE + " with a triage in flight; readiness "
                + readinessDuringShutdown + " and liveness " + livenessDuringShutdown + " during the delay; the triage answered "
                + triage.statusCode() + " and was kept; the process exited");
    }

    private static int status(String url) {
        try {
            return given().when().get(url).statusCode();
        } catch (RuntimeException refused) {
            return 0;
        }
    }

    private static int awaitStatus(String url, int expected, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        int status = status(url);
        while (status != expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            status = status(url);
        }
        return status;
    }
}
