package org.earlyhelp.cases.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.earlyhelp.cases.Agencies;
import org.earlyhelp.cases.Api;
import org.earlyhelp.cases.Families;
import org.earlyhelp.cases.StubNeighbours;
import org.earlyhelp.cases.opening.ReferralFeed;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Who sees a case, across the demo agencies: the lead agency (people and systems) and the team see
 * it, and the hub for its area; everyone else gets 404, in reads and lists, and every attempt is
 * in the audit trail.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(StubNeighbours.class)
class CaseAccessMatrixTest {

    private static String caseId;

    @Inject
    ReferralFeed referrals;

    /** One case, led by health visiting with the charity on the team, referred by the police (made on first use). */
    @BeforeEach
    void aCaseWithATeam() {
        if (caseId != null) {
            return;
        }
        Families.Accepted family = Families.accepted().referredBy(Agencies.POLICE);
        caseId = referrals.accept(family);
        UUID consent = UUID.randomUUID();
        StubNeighbours.permit(family.child, Agencies.CHARITY, consent);
        StubNeighbours.permit(family.parent, Agencies.CHARITY, consent);
        Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/members",
                Map.of("agency", Agencies.CHARITY, "role", "family support")).statusCode(201);
    }

    static Stream<Arguments> seeTheCase() {
        return Stream.of(
                Arguments.of("lead agency's case lead", Agencies.healthVisitorLead()),
                Arguments.of("lead agency's practitioner", Agencies.healthVisitor()),
                Arguments.of("team member agency", Agencies.charityLead()),
                Arguments.of("team member agency's system", Agencies.charitySystem()),
                Arguments.of("hub screener of the area", Agencies.hubScreener()));
    }

    static Stream<Arguments> doNotSeeTheCase() {
        return Stream.of(
                Arguments.of("referring police (not on the case)", Agencies.policeOfficer()),
                Arguments.of("school", Agencies.teacher()),
                Arguments.of("GP", Agencies.gp()),
                Arguments.of("mental health", Agencies.mentalHealth()),
                Arguments.of("DWP", Agencies.dwp()),
                Arguments.of("drug and alcohol service", Agencies.recovery()),
                Arguments.of("hub screener of another area", Agencies.westbrookScreener()),
                Arguments.of("auditor", Agencies.auditor()));
    }

    @ParameterizedTest(name = "{0} sees it")
    @MethodSource("seeTheCase")
    void agenciesTakingPartAndTheHubSeeTheCase(String who, String bearer) {
        Api.read(bearer, caseId).statusCode(200).body("id", equalTo(caseId));
        Api.get(bearer, "/api/cases/" + caseId + "/history").statusCode(200);
        given().header("Authorization", bearer).queryParam("size", 100).when().get("/api/cases").then().statusCode(200)
                .body("items.id", hasItem(caseId));
    }

    @ParameterizedTest(name = "{0} gets 404")
    @MethodSource("doNotSeeTheCase")
    void everyoneElseCannotTellItExists(String who, String bearer) {
        Api.read(bearer, caseId).statusCode(404).contentType("application/problem+json");
        for (String part : List.of("history", "members", "notes", "reviews", "alerts", "supporting-families")) {
            Api.get(bearer, "/api/cases/" + caseId + "/" + part).statusCode(404);
        }
        // Writing gets the same answer as for a case that does not exist (403 for a role that never writes notes).
        int nowhere = Api.post(bearer, "/api/cases/" + UUID.randomUUID() + "/notes", Map.of("text", "x")).extract().statusCode();
        Api.post(bearer, "/api/cases/" + caseId + "/notes", Map.of("text", "x")).statusCode(nowhere);
        given().header("Authorization", bearer).queryParam("size", 100).when().get("/api/cases").then().statusCode(200)
                .body("items.id", not(hasItem(caseId)));
    }

    @Test
    void aCaseThatDoesNotExistIs404ToEveryoneAndABadIdIs400() {
        Api.read(Agencies.healthVisitorLead(), UUID.randomUUID().toString()).statusCode(404);
        Api.read(Agencies.healthVisitorLead(), "not-a-uuid").statusCode(400).contentType("application/problem+json");
        given().when().get("/api/cases/" + caseId).then().statusCode(401);
    }

    @Test
    void seeingIsNotLeading() {
        Map<String, Object> closure = Map.of("outcomes", List.of(Map.of("need", "early-years", "outcome", "needs-met")),
                "reason", "done");
        Api.act(Agencies.hubScreener(), caseId, "close", closure).statusCode(403);
        Api.act(Agencies.charityLead(), caseId, "close", closure).statusCode(403);
        Api.act(Agencies.healthVisitor(), caseId, "close", closure).statusCode(403);
        Api.act(Agencies.charitySystem(), caseId, "take-lead", null).statusCode(403);
    }

    @Test
    void refusedReadsAreInTheAuditTrail() {
        Api.read(Agencies.dwp(), caseId).statusCode(404);
        String auditor = Tokens.user("auditor.dpo").agency(Agencies.HUB, "local-authority").roles("auditor").bearer();
        given().header("Authorization", auditor).queryParam("resourceId", caseId).queryParam("agency", Agencies.DWP)
                .queryParam("size", 100).when().get("/api/audit/case").then().statusCode(200)
                .body("items.outcome", hasItem("denied"));
        given().header("Authorization", auditor).queryParam("resourceId", caseId).queryParam("agency", Agencies.HEALTH_VISITING)
                .queryParam("size", 100).when().get("/api/audit/case").then().statusCode(200)
                .body("items.action", hasItem("share"));
    }
}
