package org.earlyhelp.cases.casefile;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

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
 * Every list on a case is a page like every other list of the suite ({@code items, page, size, total}),
 * in a stated order, counted in the query; a case the caller may not see is 404 for each of them.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(StubNeighbours.class)
class CaseSubCollectionPagingTest {

    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/London"));
    private static final List<String> SUB_COLLECTIONS = List.of("actions", "alerts", "history", "members", "needs", "notes",
            "reviews", "transfers");

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
    void notesArePagedOldestFirstWithTheirTotal() {
        for (int i = 1; i <= 5; i++) {
            Api.post(Agencies.charityLead(), "/api/cases/" + caseId + "/notes", Map.of("text", "Visit " + i)).statusCode(201);
        }
        Api.get(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/notes?page=1&size=2").statusCode(200)
                .body("page", equalTo(1)).body("size", equalTo(2)).body("total", equalTo(5))
                .body("items.text", contains("Visit 3", "Visit 4"));
        Api.get(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/notes?page=2&size=2").statusCode(200)
                .body("items.text", contains("Visit 5")).body("total", equalTo(5));
        Api.get(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/notes?page=3&size=2").statusCode(200)
                .body("items", empty()).body("total", equalTo(5));
        Api.get(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/notes").statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(20)).body("items", hasSize(5));
    }

    @Test
    void restrictedNotesOfOtherAgenciesAreLeftOutOfTheItemsAndTheTotal() {
        Api.post(Agencies.charityLead(), "/api/cases/" + caseId + "/notes", Map.of("text", "Mum attended the group")).statusCode(201);
        Api.post(Agencies.healthVisitor(), "/api/cases/" + caseId + "/notes",
                Map.of("text", "Postnatal depression", "restricted", true)).statusCode(201);
        Api.get(Agencies.charityLead(), "/api/cases/" + caseId + "/notes?size=1").statusCode(200)
                .body("total", equalTo(1)).body("items.text", contains("Mum attended the group"));
        Api.get(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/notes?size=1&page=1").statusCode(200)
                .body("total", equalTo(2)).body("items.text", contains("Postnatal depression"));
    }

    @Test
    void historyIsPagedOldestFirst() {
        for (int i = 1; i <= 3; i++) {
            Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/notes", Map.of("text", "note " + i)).statusCode(201);
        }
        // opened, member-added, then one line per note.
        int total = Api.get(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/history?size=100").statusCode(200)
                .body("items[0].action", equalTo("opened")).extract().path("total");
        Api.get(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/history?page=1&size=1").statusCode(200)
                .body("items", hasSize(1)).body("total", equalTo(total)).body("page", equalTo(1));
    }

    @Test
    void actionsArePagedByDueDate() {
        for (int days : new int[] { 30, 10, 20 }) {
            Api.actWith(Agencies.healthVisitorLead(), caseId, "actions", Map.of("description", "due in " + days,
                    "ownerAgency", Agencies.CHARITY, "dueDate", TODAY.plusDays(days).toString()), null).statusCode(201);
        }
        Api.get(Agencies.charityLead(), "/api/cases/" + caseId + "/actions?page=1&size=2").statusCode(200)
                .body("total", equalTo(3)).body("items.description", contains("due in 30"));
        Api.get(Agencies.charityLead(), "/api/caseload/actions?within=60&size=2").statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(2)).body("items", hasSize(2));
    }

    @Test
    void everyListOnACaseIsAPage() {
        for (String list : SUB_COLLECTIONS) {
            Api.get(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/" + list + "?size=1").statusCode(200)
                    .body("page", equalTo(0)).body("size", equalTo(1)).body("items.size()", org.hamcrest.Matchers.lessThanOrEqualTo(1));
        }
        Api.get(Agencies.charityLead(), "/api/caseload/transfers").statusCode(200).body("items", empty()).body("total", equalTo(0));
    }

    @Test
    void aCaseYouMayNotSeeIsNotFoundForEveryList() {
        for (String list : SUB_COLLECTIONS) {
            // The referrer's agency is neither lead nor on the team; the other area's screener screens elsewhere.
            Api.get(Agencies.policeOfficer(), "/api/cases/" + caseId + "/" + list).statusCode(404);
            Api.get(Agencies.westbrookScreener(), "/api/cases/" + caseId + "/" + list + "?page=0&size=5").statusCode(404);
        }
    }

    @Test
    void aPageLargerThanTheMaximumIsRefused() {
        Api.get(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/notes?size=101").statusCode(400);
        Api.get(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/history?page=-1").statusCode(400);
    }
}
