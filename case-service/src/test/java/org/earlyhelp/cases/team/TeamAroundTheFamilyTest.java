package org.earlyhelp.cases.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * An agency joins the team around the family only with a consent-service permit for every family
 * member: a deny, or consent-service being down, leaves the team as it was and says why. Members
 * leave or are removed, and lose sight of the case at once.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(StubNeighbours.class)
class TeamAroundTheFamilyTest {

    @Inject
    ReferralFeed referrals;

    private Families.Accepted family;
    private String caseId;

    @BeforeEach
    void aCaseLedByHealthVisiting() {
        family = Families.accepted();
        caseId = referrals.accept(family);
    }

    @Test
    void anAgencyPermittedForEveryFamilyMemberJoinsAndSeesTheCase() {
        UUID consent = UUID.randomUUID();
        StubNeighbours.permit(family.child, Agencies.CHARITY, consent);
        StubNeighbours.permit(family.parent, Agencies.CHARITY, consent);
        Api.read(Agencies.charityLead(), caseId).statusCode(404);

        String etag = Api.etag(Agencies.healthVisitorLead(), caseId);
        String newEtag = Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/members",
                Map.of("agency", Agencies.CHARITY, "practitionerName", "Lee Worker", "role", "parenting support"))
                .statusCode(201).body("agency", equalTo(Agencies.CHARITY)).body("active", equalTo(true))
                .header("Location", notNullValue()).extract().header("ETag");

        assertThat(newEtag).isNotEqualTo(etag);
        Api.read(Agencies.charityLead(), caseId).statusCode(200).body("team.agency", hasItem(Agencies.CHARITY));
        List<StubNeighbours.Question> asked = StubNeighbours.questionsAbout(family.child);
        assertThat(asked).singleElement().satisfies(question -> {
            assertThat(question.agency()).isEqualTo(Agencies.CHARITY);
            assertThat(question.agencyType()).as("the type is consent-service's to look up in the register").isEmpty();
            assertThat(question.purpose()).isEqualTo("team-around-family");
            assertThat(question.authorization()).startsWith("Bearer ");
        });
        Map<String, Object> added = Api.eventsAbout(Agencies.charityLead(), "case.member-added", caseId).get(0);
        assertThat(added.get("data")).isEqualTo(Map.of("caseId", caseId, "agency", Agencies.CHARITY, "role", "parenting support",
                "personIds", List.of(family.child.toString(), family.parent.toString()), "area", "eastmere"));
    }

    @Test
    void aDenyForAnyFamilyMemberKeepsTheAgencyOffTheTeamAndSaysWhy() {
        StubNeighbours.permit(family.child, Agencies.DWP, UUID.randomUUID());
        StubNeighbours.answer(family.parent, Agencies.DWP, StubNeighbours.Answer.DENY);

        Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/members", Map.of("agency", Agencies.DWP, "role", "work coach"))
                .statusCode(409).contentType("application/problem+json")
                .body("refusals.personId", containsInAnyOrder(family.parent.toString()))
                .body("refusals[0].reasons", hasItem("no-consent-or-lawful-basis"))
                .body("refusals[0].decisionId", notNullValue());

        Api.read(Agencies.dwp(), caseId).statusCode(404);
        Api.read(Agencies.healthVisitorLead(), caseId).statusCode(200).body("team.agency", not(hasItem(Agencies.DWP)));
        assertThat(Api.eventsAbout(Agencies.eventConsumer(), "case.member-added", caseId)).isEmpty();
    }

    @Test
    void whenConsentServiceCannotAnswerNobodyIsAdded() {
        StubNeighbours.answer(family.child, Agencies.RECOVERY, StubNeighbours.Answer.DOWN);
        StubNeighbours.answer(family.parent, Agencies.RECOVERY, StubNeighbours.Answer.DOWN);

        Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/members",
                Map.of("agency", Agencies.RECOVERY, "role", "drug and alcohol worker"))
                .statusCode(503).contentType("application/problem+json").header("Retry-After", notNullValue())
                .body("refusals[0].reasons", hasItem("consent-service-unavailable"));

        Api.read(Agencies.recovery(), caseId).statusCode(404);
        Api.read(Agencies.healthVisitorLead(), caseId).statusCode(200).body("team", org.hamcrest.Matchers.empty());
    }

    @Test
    void onlyACaseLeadOfTheLeadAgencyBuildsTheTeamAndOnlyWithKnownAgencies() {
        Map<String, Object> body = Map.of("agency", Agencies.SCHOOL, "role", "attendance");
        Api.post(Agencies.healthVisitor(), "/api/cases/" + caseId + "/members", body).statusCode(403);
        Api.post(Agencies.hubScreener(), "/api/cases/" + caseId + "/members", body).statusCode(403);
        Api.post(Agencies.charityLead(), "/api/cases/" + caseId + "/members", body).statusCode(404);
        Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/members", Map.of("agency", "nowhere-agency", "role", "x"))
                .statusCode(422).body("type", equalTo("/problems/unprocessable")).body("violations[0].field", equalTo("agency"));
        Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/members", Map.of("agency", Agencies.SCHOOL))
                .statusCode(400).body("violations.field", hasItem("role"));
        // A stale If-Match is refused before consent-service is asked anything.
        Api.request(Agencies.healthVisitorLead(), "\"999\"").body(body).when().post("/api/cases/" + caseId + "/members").then()
                .statusCode(412);
        // A colleague of the lead agency is already taking part: no consent question.
        Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/members",
                Map.of("agency", Agencies.HEALTH_VISITING, "practitionerName", "Jo Jones", "role", "nursery nurse")).statusCode(201);
        assertThat(StubNeighbours.questionsAbout(family.child)).isEmpty();
    }

    @Test
    void aRemovedMemberLosesSightOfTheCaseAndIsToldOnTheFeed() {
        String memberId = joined(Agencies.CHARITY);

        Api.actWith(Agencies.healthVisitorLead(), caseId, "members/" + memberId + "/remove", Map.of("reason", "work done"), null)
                .statusCode(428);
        Api.actWith(Agencies.healthVisitorLead(), caseId, "members/" + memberId + "/remove", Map.of("reason", "work done"), "\"0\"")
                .statusCode(412);
        Api.act(Agencies.healthVisitorLead(), caseId, "members/" + memberId + "/remove", Map.of("reason", "work done"))
                .statusCode(200).body("active", equalTo(false)).body("leftReason", equalTo("work done"));

        Api.read(Agencies.charityLead(), caseId).statusCode(404);
        Api.act(Agencies.healthVisitorLead(), caseId, "members/" + memberId + "/remove", Map.of("reason", "again")).statusCode(409);
        assertThat(Api.eventsAbout(Agencies.charityLead(), "case.member-removed", caseId)).singleElement()
                .satisfies(event -> assertThat(event.get("data")).isEqualTo(Map.of("caseId", caseId, "agency", Agencies.CHARITY,
                        "ended", "removed", "area", "eastmere",
                        "personIds", List.of(family.child.toString(), family.parent.toString())))); // the reason stays on the case
    }

    @Test
    void aMemberMayLeaveButNotTakeAnotherAgencyOffTheTeam() {
        String charity = joined(Agencies.CHARITY);
        String dwp = joined(Agencies.DWP);

        Api.act(Agencies.charityLead(), caseId, "members/" + dwp + "/leave", Map.of("reason", "not mine")).statusCode(403);
        Api.act(Agencies.charityLead(), caseId, "members/" + charity + "/leave", Map.of("reason", "family moved to our other team"))
                .statusCode(200).body("active", equalTo(false));

        Api.read(Agencies.charityLead(), caseId).statusCode(404);
        Api.read(Agencies.dwp(), caseId).statusCode(200);
    }

    private String joined(String agency) {
        UUID consent = UUID.randomUUID();
        StubNeighbours.permit(family.child, agency, consent);
        StubNeighbours.permit(family.parent, agency, consent);
        return Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/members", Map.of("agency", agency, "role", "support"))
                .statusCode(201).extract().path("id");
    }
}
