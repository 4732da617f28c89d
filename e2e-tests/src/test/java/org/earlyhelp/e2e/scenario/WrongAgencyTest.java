package org.earlyhelp.e2e.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.earlyhelp.e2e.Auditor;
import org.earlyhelp.e2e.EndToEnd;
import org.earlyhelp.e2e.Eventually;
import org.earlyhelp.e2e.Gateway;
import org.earlyhelp.e2e.Login;
import org.earlyhelp.e2e.People;
import org.earlyhelp.e2e.Referrals;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md scenario 4, "Wrong agency": a charity worker tries to read a police referral that was
 * never shared with the charity. The answer is 404, the same as for a referral that does not exist,
 * and the attempt is in the audit trail.
 */
@EndToEnd
class WrongAgencyTest {

    @Test
    void aCharityWorkerCannotReadAPoliceReferralAndTheAttemptIsAudited() {
        Referrals.Submitted policeReferral = Referrals.about(People.child())
                .onlyConcern("crime", "Seen with older youths suspected of dealing; possible criminal exploitation", "high")
                .submitBy(Login.PC_HUGHES);
        UUID neverExisted = UUID.randomUUID();

        Gateway.as(Login.WORKER_LEE).when().get("/api/referrals/{id}", policeReferral.id())
                .then().statusCode(404).contentType("application/problem+json")
                .body("title", equalTo("Not found"))
                .body("detail", equalTo("No referral " + policeReferral.id() + " that you may see"));
        Gateway.as(Login.WORKER_LEE).when().get("/api/referrals/{id}", neverExisted)
                .then().statusCode(404).body("detail", equalTo("No referral " + neverExisted + " that you may see"));
        Gateway.as(Login.WORKER_LEE).when().get("/api/referrals/{id}/history", policeReferral.id()).then().statusCode(404);
        Gateway.as(Login.BRIGHTSTART_SYSTEM).when().get("/api/referrals/{id}", policeReferral.id()).then().statusCode(404);
        Gateway.as(Login.WORKER_LEE).queryParam("size", 100).when().get("/api/referrals")
                .then().statusCode(200).body("items.id", not(hasItem(policeReferral.id().toString())));
        Gateway.as(Login.PC_HUGHES).when().get("/api/referrals/{id}", policeReferral.id()).then().statusCode(200);

        Eventually.assertThat(() -> {
            List<Map<String, Object>> attempts = Auditor.events("referral",
                    Map.of("resourceId", policeReferral.id(), "outcome", "denied"));
            assertThat(attempts).as("refused reads of the police referral").anySatisfy(attempt -> {
                assertThat(attempt).containsEntry("username", "worker.lee")
                        .containsEntry("agency", "brightstart-family-support")
                        .containsEntry("action", "read")
                        .containsEntry("resourceType", "referral");
                assertThat(attempt.get("requestId")).isNotNull();
            });
            assertThat(attempts).as("the partner system's attempt too")
                    .anySatisfy(attempt -> assertThat(attempt).containsEntry("agency", "brightstart-family-support")
                            .containsEntry("username", "service-account-brightstart-system"));
        });
        assertThat(Auditor.events("referral", Map.of("resourceId", neverExisted, "outcome", "not-found")))
                .as("the read of a referral that never existed is told apart in the trail, though not to the caller")
                .anySatisfy(attempt -> assertThat(attempt).containsEntry("username", "worker.lee"));
    }
}
