package org.earlyhelp.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The hub's triage over HTTP: each decision, the refusals (409, 412, 428), the history and the events. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ReferralTriageTest {

    private static String inTriage() {
        String id = Api.submitted(Agencies.teacher(), Referrals.typical().build());
        Api.act(Agencies.hubScreener(), id, "triage", null).statusCode(200).body("status", equalTo("in-triage"));
        return id;
    }

    @Test
    void theHubAcceptsWithALeadAgencyAndTheCaseServiceIsTold() {
        String id = inTriage();
        Api.consentToLead(id, Agencies.HEALTH_VISITING);
        Api.act(Agencies.hubScreener(), id, "accept", Map.of("leadAgency", Agencies.HEALTH_VISITING, "reason", "Known to HV"))
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("status", equalTo("accepted"))
                .body("leadAgency", equalTo(Agencies.HEALTH_VISITING));

        Map<String, Object> event = Feed.about(Agencies.eventConsumer(), "referral.accepted", id);
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) event.get("data");
        assertThat(data.get("leadAgency")).isEqualTo(Agencies.HEALTH_VISITING);
        assertThat((List<?>) data.get("personIds")).hasSize(1);
        assertThat((List<?>) data.get("children")).hasSize(1);
        // The lead agency now reads the referral (and its accepted event); it could not before.
        Api.read(Agencies.healthVisitor(), id).statusCode(200);
        assertThat(Feed.events(Agencies.healthVisitor(), "referral.accepted")).anyMatch(e -> id.equals(e.get("subject")));
    }

    @Test
    void theLeadAgencyCannotReadAReferralBeforeItIsChosen() {
        String id = inTriage();
        Api.read(Agencies.healthVisitor(), id).statusCode(404);
    }

    @Test
    void theHubEscalatesWithAReason() {
        String id = inTriage();
        Api.act(Agencies.hubScreener(), id, "escalate", Map.of("reason", "Disclosure of harm at school"))
                .statusCode(200).body("status", equalTo("escalated")).body("decisionReason", equalTo("Disclosure of harm at school"));
        assertThat(Feed.about(Agencies.eventConsumer(), "referral.escalated", id)).isNotNull();
    }

    @Test
    void theHubClosesWithNoFurtherActionAndAReason() {
        String id = inTriage();
        Api.act(Agencies.hubScreener(), id, "close-with-no-further-action", Map.of("reason", "School support is enough"))
                .statusCode(200).body("status", equalTo("no-further-action"));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) Feed.about(Agencies.eventConsumer(), "referral.closed", id).get("data");
        assertThat(data.get("closure")).isEqualTo("no-further-action");
    }

    @Test
    void aDecisionWithoutAReasonIsABadRequest() {
        String id = inTriage();
        Api.act(Agencies.hubScreener(), id, "escalate", Map.of()).statusCode(400).body("violations.field", hasItem("reason"));
        Api.act(Agencies.hubScreener(), id, "close-with-no-further-action", Map.of("reason", " ")).statusCode(400);
        Api.act(Agencies.hubScreener(), id, "accept", Map.of("reason", "no lead")).statusCode(400)
                .body("violations.field", hasItem("leadAgency"));
    }

    @Test
    void theReferrerWithdrawsBeforeADecisionButNotAfter() {
        String id = Api.submitted(Agencies.teacher(), Referrals.typical().build());
        Api.act(Agencies.teacher(), id, "withdraw", Map.of("reason", "Sent in error")).statusCode(200)
                .body("status", equalTo("withdrawn"));
        Api.act(Agencies.teacher(), id, "withdraw", Map.of("reason", "again")).statusCode(409);

        String decided = inTriage();
        Api.act(Agencies.hubScreener(), decided, "escalate", Map.of("reason", "risk")).statusCode(200);
        Api.act(Agencies.teacher(), decided, "withdraw", Map.of("reason", "too late")).statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void onlyTheReferringAgencyWithdraws() {
        String id = Api.submitted(Agencies.teacher(), Referrals.typical().build());
        Api.act(Agencies.hubScreener(), id, "withdraw", Map.of("reason", "not theirs")).statusCode(403);
    }

    @Test
    void illegalTransitionsAreConflicts() {
        String submitted = Api.submitted(Agencies.teacher(), Referrals.typical().build());
        Api.act(Agencies.hubScreener(), submitted, "accept", Map.of("leadAgency", Agencies.SCHOOL)).statusCode(409);
        Api.act(Agencies.hubScreener(), submitted, "close-with-no-further-action", Map.of("reason", "x")).statusCode(409);

        String accepted = inTriage();
        Api.consentToLead(accepted, Agencies.SCHOOL);
        Api.act(Agencies.hubScreener(), accepted, "accept", Map.of("leadAgency", Agencies.SCHOOL)).statusCode(200);
        Api.act(Agencies.hubScreener(), accepted, "triage", null).statusCode(409);
        Api.act(Agencies.hubScreener(), accepted, "escalate", Map.of("reason", "x")).statusCode(409);
        Api.act(Agencies.hubScreener(), accepted, "accept", Map.of("leadAgency", Agencies.GP)).statusCode(409);
    }

    @Test
    void aChangeNeedsTheCurrentETag() {
        String id = Api.submitted(Agencies.teacher(), Referrals.typical().build());
        String etag = Api.etag(Agencies.hubScreener(), id);
        Api.actWith(Agencies.hubScreener(), id, "triage", null, null).statusCode(428);
        Api.actWith(Agencies.hubScreener(), id, "triage", null, etag).statusCode(200);
        Api.actWith(Agencies.hubScreener(), id, "escalate", Map.of("reason", "x"), etag).statusCode(412)
                .header("ETag", notNullValue());
        Api.read(Agencies.hubScreener(), id).body("status", equalTo("in-triage"));
    }

    @Test
    void theHistoryShowsWhoWhenWhatAndWhy() {
        String id = inTriage();
        Api.act(Agencies.hubScreener(), id, "close-with-no-further-action", Map.of("reason", "School support is enough")).statusCode(200);
        given().header("Authorization", Agencies.teacher()).when().get("/api/referrals/" + id + "/history")
                .then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(20))
                .body("items.action", equalTo(List.of("submitted", "triage-started", "no-further-action")))
                .body("items.by", equalTo(List.of("ms.okafor", "sam.screener", "sam.screener")))
                .body("items[2].agency", equalTo(Agencies.HUB))
                .body("items[2].to", equalTo("no-further-action"))
                .body("items[2].reason", equalTo("School support is enough"))
                .body("items[2].at", notNullValue());
    }

    @Test
    void theHistoryIsPagedOldestFirst() {
        String id = inTriage();
        Api.act(Agencies.hubScreener(), id, "close-with-no-further-action", Map.of("reason", "School support is enough")).statusCode(200);
        given().header("Authorization", Agencies.teacher()).queryParam("page", 1).queryParam("size", 2)
                .when().get("/api/referrals/" + id + "/history").then().statusCode(200)
                .body("page", equalTo(1)).body("size", equalTo(2)).body("total", equalTo(3))
                .body("items.action", equalTo(List.of("no-further-action")));
        given().header("Authorization", Agencies.teacher()).queryParam("page", 2).queryParam("size", 2)
                .when().get("/api/referrals/" + id + "/history").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty()).body("total", equalTo(3));
        given().header("Authorization", Agencies.teacher()).queryParam("size", 101)
                .when().get("/api/referrals/" + id + "/history").then().statusCode(400);
        // The history of a referral you may not see is 404, whatever page you ask for.
        given().header("Authorization", Agencies.healthVisitor()).queryParam("page", 1).queryParam("size", 2)
                .when().get("/api/referrals/" + id + "/history").then().statusCode(404);
    }

    @Test
    void theQueueShowsTheDeadlineAndPutsUrgentBeforeRoutineAndOldBeforeNew() {
        String area = "queueford"; // a test-only district (RealmOrganizations): this queue holds only this test's referrals
        String hub = org.earlyhelp.platform.test.Tokens.user("q.screener").agency(Agencies.HUB, "local-authority").areas(area)
                .roles("hub-triage").bearer();
        String firstRoutine = Api.submitted(Agencies.teacher(), Referrals.typical().area(area).build());
        String secondRoutine = Api.submitted(Agencies.teacher(), Referrals.typical().area(area).build());
        String urgent = Api.submitted(Agencies.teacher(), Referrals.typical().area(area).urgency("urgent").build());
        String decided = Api.submitted(Agencies.teacher(), Referrals.typical().area(area).build());
        Api.actWith(hub, decided, "escalate", Map.of("reason", "x"), "\"0\"").statusCode(200);

        given().header("Authorization", hub).when().get("/api/triage-queue")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.id", equalTo(List.of(urgent, firstRoutine, secondRoutine)))
                .body("items[0].decisionDueBy", notNullValue())
                .body("items[0].overdue", equalTo(false))
                .body("items[0].queue", equalTo("early-help"));
    }

    @Test
    void onlyTheHubHasATriageQueue() {
        given().header("Authorization", Agencies.teacher()).when().get("/api/triage-queue").then().statusCode(403);
    }
}
