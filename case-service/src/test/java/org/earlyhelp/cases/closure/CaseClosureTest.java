package org.earlyhelp.cases.closure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.earlyhelp.cases.Agencies;
import org.earlyhelp.cases.Api;
import org.earlyhelp.cases.Families;
import org.earlyhelp.cases.StubNeighbours;
import org.earlyhelp.cases.opening.ReferralFeed;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Closure needs an outcome for every identified need and a finished plan; a closed case can only
 * be reopened (with a reason); every change names the version it was made on.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(StubNeighbours.class)
class CaseClosureTest {

    @Inject
    ReferralFeed referrals;

    private Families.Accepted family;
    private String caseId;

    @BeforeEach
    void aCaseWithTwoNeeds() {
        family = Families.accepted().concerns("domestic-abuse", "housing");
        caseId = referrals.accept(family);
    }

    @Test
    void aCaseClosesWithAnOutcomePerNeedAndReferralServiceCanReadIt() {
        Api.act(Agencies.healthVisitorLead(), caseId, "close", closure("needs-met", "stepped-down")).statusCode(200)
                .body("status", equalTo("closed")).body("outcome", equalTo("stepped-down")).body("closedAt", notNullValue())
                .body("needs.find { it.need == 'housing' }.outcome", equalTo("stepped-down"));

        Map<String, Object> closed = Api.eventsAbout(Agencies.hubScreener(), "case.closed", caseId).get(0);
        assertThat(Api.data(closed)).containsEntry("outcome", "stepped-down")
                .containsEntry("referralIds", List.of(family.referralId.toString()))
                .containsEntry("leadAgency", Agencies.HEALTH_VISITING).containsEntry("area", "eastmere")
                .doesNotContainKey("reason") // free text stays on the case
                .containsEntry("outcomes", List.of(Map.of("need", "domestic-abuse", "outcome", "needs-met"),
                        Map.of("need", "housing", "outcome", "stepped-down")))
                .containsEntry("personIds", List.of(family.child.toString(), family.parent.toString()));
        Api.get(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/supporting-families").statusCode(200)
                .body("needsMet", equalTo(List.of("domestic-abuse"))).body("outcome", equalTo("stepped-down"));
    }

    @Test
    void allNeedsMetIsTheHeadlineOnlyWhenEveryNeedWasMet() {
        Api.act(Agencies.healthVisitorLead(), caseId, "close", closure("needs-met", "needs-met")).statusCode(200)
                .body("outcome", equalTo("needs-met"));
    }

    @Test
    void closureRulesRefuseWhatTheCaseDoesNotAllow() {
        // Outcomes must match the identified needs exactly.
        Api.act(Agencies.healthVisitorLead(), caseId, "close", Map.of("reason", "x",
                "outcomes", List.of(Map.of("need", "domestic-abuse", "outcome", "needs-met")))).statusCode(409)
                .body("detail", containsString("housing"));
        Api.act(Agencies.healthVisitorLead(), caseId, "close", Map.of("reason", "x", "outcomes", List.of(
                Map.of("need", "domestic-abuse", "outcome", "needs-met"), Map.of("need", "housing", "outcome", "needs-met"),
                Map.of("need", "crime", "outcome", "needs-met")))).statusCode(409);
        // An unknown outcome or need is a field problem.
        Api.act(Agencies.healthVisitorLead(), caseId, "close", Map.of("reason", "x",
                "outcomes", List.of(Map.of("need", "domestic-abuse", "outcome", "fixed")))).statusCode(400)
                .contentType("application/problem+json");
        Api.act(Agencies.healthVisitorLead(), caseId, "close", Map.of("outcomes", List.of())).statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItems("outcomes", "reason"));
        // An open plan action stops closure.
        Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/actions", Map.of("description", "Housing application",
                "ownerAgency", Agencies.HEALTH_VISITING, "dueDate", LocalDate.now().plusDays(7).toString())).statusCode(201);
        Api.act(Agencies.healthVisitorLead(), caseId, "close", closure("needs-met", "needs-met")).statusCode(409)
                .body("detail", containsString("plan action"));
    }

    @Test
    void aClosedCaseOnlyReopensAndReopeningAnOpenOneIsAConflict() {
        Api.act(Agencies.healthVisitorLead(), caseId, "reopen", Map.of("reason", "new concerns")).statusCode(409);
        Api.act(Agencies.healthVisitorLead(), caseId, "close", closure("needs-met", "disengaged")).statusCode(200);

        Api.act(Agencies.healthVisitorLead(), caseId, "close", closure("needs-met", "needs-met")).statusCode(409);
        Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/actions", Map.of("description", "x",
                "ownerAgency", Agencies.HEALTH_VISITING, "dueDate", LocalDate.now().toString())).statusCode(409);
        Api.act(Agencies.healthVisitorLead(), caseId, "reopen", Map.of()).statusCode(400);
        Api.act(Agencies.healthVisitorLead(), caseId, "reopen", Map.of("reason", "school reports new absences")).statusCode(200)
                .body("status", equalTo("open")).body("outcome", nullValue()).body("closedAt", nullValue())
                .body("nextReviewDue", notNullValue());

        Map<String, Object> reopened = Api.eventsAbout(Agencies.healthVisitorLead(), "case.reopened", caseId).get(0);
        assertThat(Api.data(reopened)).doesNotContainKey("reason") // free text stays on the case
                .containsEntry("referralIds", List.of(family.referralId.toString()));
        Api.get(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/history").statusCode(200)
                .body("items.action", org.hamcrest.Matchers.hasItems("opened", "closed", "reopened"))
                .body("items.reason", org.hamcrest.Matchers.hasItem("school reports new absences"));
        // Closed again later, with fresh outcomes.
        Api.act(Agencies.healthVisitorLead(), caseId, "close", closure("needs-met", "needs-met")).statusCode(200);
    }

    @Test
    void changesNeedTheCurrentVersion() {
        String etag = Api.etag(Agencies.healthVisitorLead(), caseId);
        Api.actWith(Agencies.healthVisitorLead(), caseId, "take-lead", null, null).statusCode(428)
                .contentType("application/problem+json");
        Api.actWith(Agencies.healthVisitorLead(), caseId, "take-lead", null, etag).statusCode(200)
                .body("leadPractitioner", equalTo("hv.morgan"));
        // The version moved on: the old ETag is refused, with the current one in the answer.
        String current = Api.etag(Agencies.healthVisitorLead(), caseId);
        assertThat(current).isNotEqualTo(etag);
        Api.actWith(Agencies.healthVisitorLead(), caseId, "close", closure("needs-met", "needs-met"), etag).statusCode(412)
                .header("ETag", equalTo(current));
        Api.actWith(Agencies.healthVisitorLead(), caseId, "close", closure("needs-met", "needs-met"), "W/" + current).statusCode(200);
    }

    private static Map<String, Object> closure(String domesticAbuse, String housing) {
        return Map.of("reason", "plan complete", "outcomes", List.of(Map.of("need", "domestic-abuse", "outcome", domesticAbuse),
                Map.of("need", "housing", "outcome", housing)));
    }
}
