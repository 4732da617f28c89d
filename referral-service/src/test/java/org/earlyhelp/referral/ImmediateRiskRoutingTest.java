package org.earlyhelp.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A referral showing immediate risk goes straight to the escalation queue, flagged urgent, and is never handled as early help. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ImmediateRiskRoutingTest {

    @Test
    void aReferralMarkedImmediateRiskTopsTheQueueInTheEscalationQueue() {
        String area = "riskford"; // a test-only district (RealmOrganizations): this queue holds only this test's referrals
        String hub = Tokens.user("r.screener").agency(Agencies.HUB, "local-authority").areas(area).roles("hub-triage").bearer();
        String routine = Api.submitted(Agencies.teacher(), Referrals.typical().area(area).build());
        String marked = Api.submitted(Agencies.policeOfficer(), Referrals.typical().area(area).urgency("immediate-risk").build());
        Api.read(hub, marked).statusCode(200).body("queue", equalTo("escalation")).body("immediateRisk", equalTo(true));

        given().header("Authorization", hub).when().get("/api/triage-queue").then().statusCode(200)
                .body("items.id", equalTo(List.of(marked, routine)))
                .body("items[0].queue", equalTo("escalation"))
                .body("items[0].flaggedUrgent", equalTo(true))
                .body("items[1].queue", equalTo("early-help"));
    }

    @Test
    void aConcernOfSignificantHarmIsDetectedAsImmediateRiskWhateverTheStatedUrgency() {
        String id = Api.submitted(Agencies.gp(), Referrals.typical()
                .concern("abuse-exploitation", "Unexplained bruising; child afraid to go home", "significant-harm").build());
        Api.read(Agencies.hubScreener(), id).statusCode(200).body("queue", equalTo("escalation"))
                .body("urgency", equalTo("routine")).body("immediateRisk", equalTo(true));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) Feed.about(Agencies.eventConsumer(), "referral.submitted", id).get("data");
        assertThat(data.get("queue")).isEqualTo("escalation");
    }

    @Test
    void itCannotBeAcceptedAsEarlyHelpOnlyEscalatedAtOnce() {
        String id = Api.submitted(Agencies.policeOfficer(), Referrals.typical().urgency("immediate-risk").build());
        Api.act(Agencies.hubScreener(), id, "triage", null).statusCode(200);
        Api.act(Agencies.hubScreener(), id, "accept", Map.of("leadAgency", Agencies.HEALTH_VISITING)).statusCode(409);
        Api.act(Agencies.hubScreener(), id, "close-with-no-further-action", Map.of("reason", "x")).statusCode(409);
        Api.act(Agencies.hubScreener(), id, "escalate", Map.of("reason", "Risk of significant harm: to children's social care"))
                .statusCode(200).body("status", equalTo("escalated"));
    }

    @Test
    void theHubMayEscalateStraightFromSubmission() {
        String id = Api.submitted(Agencies.policeOfficer(), Referrals.typical().urgency("immediate-risk").build());
        Api.act(Agencies.hubScreener(), id, "escalate", Map.of("reason", "Strategy discussion today")).statusCode(200);
    }
}
