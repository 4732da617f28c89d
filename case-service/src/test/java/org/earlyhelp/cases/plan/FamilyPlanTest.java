package org.earlyhelp.cases.plan;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
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
 * The work on a case: the assessment of needs, the family plan (with overdue actions surfaced in the
 * case and the owner agency's caseload), reviews (an overdue review surfaced), the chronology with
 * restricted notes, and the Supporting Families view.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(StubNeighbours.class)
class FamilyPlanTest {

    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/London"));

    @Inject
    ReferralFeed referrals;

    private String caseId;

    @BeforeEach
    void aCaseWithTheCharityOnTheTeam() {
        Families.Accepted family = Families.accepted().concerns("domestic-abuse", "early-years");
        caseId = referrals.accept(family);
        UUID consent = UUID.randomUUID();
        StubNeighbours.permit(family.child, Agencies.CHARITY, consent);
        StubNeighbours.permit(family.parent, Agencies.CHARITY, consent);
        Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/members", Map.of("agency", Agencies.CHARITY, "role", "parenting"))
                .statusCode(201);
    }

    @Test
    void theLeadAssessesNeedsByHeadlineCategory() {
        Api.get(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/needs").statusCode(200)
                .body("items.need", containsInAnyOrder("domestic-abuse", "early-years")).body("items.source", hasItem("referral"));
        assess("financial", "high", "Rent arrears, benefits stopped").statusCode(200).body("severity", equalTo("high"))
                .body("source", equalTo("assessment")).body("assessedBy", equalTo("hv.morgan"));
        assess("domestic-abuse", "medium", "Father left the home").statusCode(200);
        assess("nonsense", "high", "x").statusCode(404);
        Api.request(Agencies.healthVisitorLead(), Api.etag(Agencies.healthVisitorLead(), caseId)).body(Map.of("severity", "extreme"))
                .when().put("/api/cases/" + caseId + "/needs/financial").then().statusCode(400);
        Api.request(Agencies.healthVisitorLead(), null).body(Map.of("severity", "low"))
                .when().put("/api/cases/" + caseId + "/needs/financial").then().statusCode(428);
        Api.get(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/needs").statusCode(200).body("items", hasSize(3)).body("total", equalTo(3));
        // The charity joined for a charity's role, concerns and case notes (decision 0057): domestic abuse is police
        // information and early years education, which its membership does not carry.
        Api.get(Agencies.charityLead(), "/api/cases/" + caseId + "/needs").statusCode(200).body("items.need", contains("financial"))
                .body("total", equalTo(1));
    }

    @Test
    void overdueActionsShowOnTheCaseAndInTheOwnerAgencysCaseload() {
        String late = action("Parenting course referral", Agencies.CHARITY, TODAY.minusDays(3));
        String soon = action("Home visit", Agencies.HEALTH_VISITING, TODAY.plusDays(5));
        action("Review benefits", Agencies.CHARITY, TODAY.plusDays(60));
        Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/actions", Map.of("description", "x",
                "ownerAgency", Agencies.DWP, "dueDate", TODAY.toString())).statusCode(400).body("violations[0].field", equalTo("ownerAgency"));

        Api.read(Agencies.healthVisitorLead(), caseId).statusCode(200).body("overdueActions", equalTo(1))
                .body("plan.find { it.id == '" + late + "' }.overdue", equalTo(true));
        Api.get(Agencies.charityLead(), "/api/caseload/actions").statusCode(200)
                .body("items.id", hasItem(late)).body("items.id", not(hasItem(soon)));
        Api.get(Agencies.healthVisitor(), "/api/caseload/actions?within=7").statusCode(200).body("items.id", hasItem(soon));

        // The owner agency moves its own action on; another agency may not; done is final.
        Api.act(Agencies.healthVisitor(), caseId, "actions/" + late + "/status", Map.of("status", "done")).statusCode(403);
        Api.act(Agencies.charityLead(), caseId, "actions/" + late + "/status", Map.of("status", "in-progress")).statusCode(200);
        Api.act(Agencies.charityLead(), caseId, "actions/" + late + "/status", Map.of("status", "done")).statusCode(200)
                .body("overdue", equalTo(false));
        Api.act(Agencies.charityLead(), caseId, "actions/" + late + "/status", Map.of("status", "in-progress")).statusCode(409);
        Api.act(Agencies.charityLead(), caseId, "actions/" + late + "/status", Map.of("status", "finished")).statusCode(400);
        Api.read(Agencies.healthVisitorLead(), caseId).statusCode(200).body("overdueActions", equalTo(0));
    }

    @Test
    void aReviewSetsTheNextReviewDateAndAnOverdueReviewShows() {
        Api.read(Agencies.healthVisitorLead(), caseId).statusCode(200).body("reviewOverdue", equalTo(false))
                .body("nextReviewDue", equalTo(TODAY.plusWeeks(6).toString()));
        Map<String, Object> review = Map.of("heldOn", TODAY.minusDays(60).toString(), "nextReviewDue", TODAY.minusDays(2).toString(),
                "attendees", List.of(Map.of("name", "Mum"), Map.of("name", "Lee Worker", "agency", Agencies.CHARITY)),
                "progress", List.of(Map.of("need", "domestic-abuse", "progress", "improved", "note", "Safety plan in place")),
                "summary", "Good engagement");
        Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/reviews", review).statusCode(201)
                .body("attendees.name", contains("Mum", "Lee Worker"));

        Api.read(Agencies.healthVisitorLead(), caseId).statusCode(200).body("reviewOverdue", equalTo(true)).body("reviews", equalTo(1));
        Api.get(Agencies.healthVisitorLead(), "/api/caseload?scope=agency&size=100").statusCode(200)
                .body("items.find { it.id == '" + caseId + "' }.reviewOverdue", equalTo(true));

        Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/reviews", Map.of("heldOn", TODAY.toString(),
                "nextReviewDue", TODAY.minusDays(1).toString(), "attendees", List.of(Map.of("name", "Mum")))).statusCode(400)
                .body("violations[0].field", equalTo("nextReviewDue"));
        Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/reviews", Map.of("heldOn", TODAY.toString(),
                "nextReviewDue", TODAY.plusWeeks(6).toString(), "attendees", List.of(Map.of("name", "Mum")),
                "progress", List.of(Map.of("need", "housing", "progress", "met")))).statusCode(400)
                .body("violations[0].field", equalTo("progress[0].need"));
        Api.post(Agencies.charityLead(), "/api/cases/" + caseId + "/reviews", review).statusCode(403);
        Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/reviews", Map.of("heldOn", TODAY.toString(),
                "nextReviewDue", TODAY.plusWeeks(6).toString(), "attendees", List.of(Map.of("name", "Mum")))).statusCode(201);
        Api.read(Agencies.healthVisitorLead(), caseId).statusCode(200).body("reviewOverdue", equalTo(false));
    }

    @Test
    void restrictedNotesAreReadOnlyByTheAuthorsAgency() {
        Api.post(Agencies.charityLead(), "/api/cases/" + caseId + "/notes", Map.of("text", "Mum attended the group")).statusCode(201);
        Api.post(Agencies.healthVisitor(), "/api/cases/" + caseId + "/notes",
                Map.of("text", "Postnatal depression, medication started", "restricted", true)).statusCode(201);
        Api.post(Agencies.hubScreener(), "/api/cases/" + caseId + "/notes", Map.of("text", "hub view")).statusCode(403);
        Api.post(Agencies.charityLead(), "/api/cases/" + caseId + "/notes", Map.of("text", "")).statusCode(400);

        Api.get(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/notes").statusCode(200).body("items", hasSize(2));
        Api.get(Agencies.charityLead(), "/api/cases/" + caseId + "/notes").statusCode(200)
                .body("items.text", contains("Mum attended the group"));
        Api.get(Agencies.hubScreener(), "/api/cases/" + caseId + "/notes").statusCode(200)
                .body("items.text", contains("Mum attended the group"));
    }

    @Test
    void theSupportingFamiliesViewCountsNeedsLeadAndPlan() {
        Api.get(Agencies.hubScreener(), "/api/cases/" + caseId + "/supporting-families").statusCode(200)
                .body("headlineNeeds", containsInAnyOrder("domestic-abuse", "early-years"))
                .body("threeOrMoreHeadlineNeeds", equalTo(false)).body("leadPractitioner", equalTo(false))
                .body("familyPlan", equalTo(false)).body("programmeCase", equalTo(false)).body("needsMet", hasSize(0));

        assess("financial", "medium", "Debt").statusCode(200);
        Api.act(Agencies.healthVisitorLead(), caseId, "take-lead", null).statusCode(200);
        action("Debt advice appointment", Agencies.CHARITY, TODAY.plusDays(10));

        Api.get(Agencies.hubScreener(), "/api/cases/" + caseId + "/supporting-families").statusCode(200)
                .body("threeOrMoreHeadlineNeeds", equalTo(true)).body("leadPractitioner", equalTo(true))
                .body("familyPlan", equalTo(true)).body("programmeCase", equalTo(true));
    }

    private io.restassured.response.ValidatableResponse assess(String need, String severity, String notes) {
        return Api.request(Agencies.healthVisitorLead(), Api.etag(Agencies.healthVisitorLead(), caseId))
                .body(Map.of("severity", severity, "notes", notes)).when().put("/api/cases/" + caseId + "/needs/" + need).then();
    }

    private String action(String description, String owner, LocalDate due) {
        return Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/actions",
                Map.of("description", description, "ownerAgency", owner, "dueDate", due.toString()))
                .statusCode(201).body("status", equalTo("planned")).extract().path("id");
    }
}
