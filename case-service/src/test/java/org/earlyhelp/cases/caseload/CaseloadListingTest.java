package org.earlyhelp.cases.caseload;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.time.ZoneId;
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
import org.earlyhelp.platform.test.RealmOrganizations;
import org.earlyhelp.platform.test.Tokens;
import org.earlyhelp.platform.web.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A caseload lists each case as a practitioner scans a list (newest first, the children, overdue
 * actions, the review date, a transfer waiting) and only the cases the caller may see: its
 * agency's (lead or active team member), its own, or for the hub its areas'. Each test has an
 * agency and a district of its own, so other tests' cases never count in its totals.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(StubNeighbours.class)
class CaseloadListingTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Inject
    ReferralFeed referrals;

    /** A lead agency and district only this test uses, and its case lead. */
    private String agency;
    private String district;
    private String lead;

    /** Each test takes the next of the register's test-only hubs (codes are checked against the register). */
    private static final java.util.concurrent.atomic.AtomicInteger NEXT_HUB = new java.util.concurrent.atomic.AtomicInteger();

    @BeforeEach
    void anAgencyOfItsOwn() {
        int n = NEXT_HUB.incrementAndGet();
        agency = RealmOrganizations.testHub(n);
        district = RealmOrganizations.testDistrict(n);
        lead = Tokens.user("lead.hub" + n).agency(agency, "local-authority").roles("practitioner", "case-lead").bearer();
    }

    @Test
    void eachCaseShowsItsChildrenAndWhatIsOverdue() {
        Families.Accepted family = Families.accepted().ledBy(agency).in(district);
        String busy = referrals.accept(family);
        String quiet = referrals.accept(Families.accepted().ledBy(agency).in(district));
        join(busy, family, Agencies.CHARITY);
        action(busy, TODAY.minusDays(3));
        action(busy, TODAY.minusDays(1));
        String done = action(busy, TODAY.minusDays(10));
        Api.act(lead, busy, "actions/" + done + "/status", Map.of("status", "done")).statusCode(200);
        action(busy, TODAY);
        action(busy, TODAY.plusDays(30));
        Api.post(lead, "/api/cases/" + busy + "/reviews", Map.of("heldOn", TODAY.minusDays(60).toString(),
                "nextReviewDue", TODAY.minusDays(2).toString(), "attendees", List.of(Map.of("name", "Mum")))).statusCode(201);
        Api.post(lead, "/api/cases/" + busy + "/transfers", Map.of("toAgency", Agencies.CHARITY, "reason", "mostly parenting now"))
                .statusCode(201);
        String version = Api.etag(lead, busy).replace("\"", "");

        var page = Api.get(lead, "/api/caseload?scope=agency").statusCode(200).body("total", equalTo(2))
                .body("items.id", contains(quiet, busy));
        page.body("items[1].reference", equalTo(Api.read(lead, busy).extract().path("reference")))
                .body("items[1].status", equalTo("open")).body("items[1].area", equalTo(district))
                .body("items[1].leadAgency", equalTo(agency)).body("items[1].children", contains("Ava Whitfield"))
                .body("items[1].overdueActions", equalTo(2)).body("items[1].nextReviewDue", equalTo(TODAY.minusDays(2).toString()))
                .body("items[1].reviewOverdue", equalTo(true)).body("items[1].transferPending", equalTo(true))
                .body("items[1].version", equalTo(Integer.parseInt(version)));
        page.body("items[0].children", contains("Ava Whitfield")).body("items[0].overdueActions", equalTo(0))
                .body("items[0].reviewOverdue", equalTo(false)).body("items[0].transferPending", equalTo(false))
                .body("items[0].nextReviewDue", equalTo(TODAY.plusWeeks(6).toString()));
    }

    @Test
    void theAgencyScopeHoldsCasesTheAgencyLeadsOrIsOnTheTeamOfNewestFirstInPages() {
        Families.Accepted family = Families.accepted().ledBy(agency).in(district);
        String first = referrals.accept(family);
        String second = referrals.accept(Families.accepted().ledBy(agency).in(district));
        String third = referrals.accept(Families.accepted().ledBy(agency).in(district));

        Api.get(lead, "/api/caseload?scope=agency&size=2").statusCode(200).body("total", equalTo(3)).body("page", equalTo(0))
                .body("size", equalTo(2)).body("items.id", contains(third, second));
        Api.get(lead, "/api/caseload?scope=agency&size=2&page=1").statusCode(200).body("total", equalTo(3))
                .body("items.id", contains(first));
        Api.get(lead, "/api/caseload?scope=agency&size=2&page=2").statusCode(200).body("total", equalTo(3))
                .body("items", empty());
        Api.get(lead, "/api/caseload?scope=agency&size=100&page=" + PageRequest.MAX_PAGE).statusCode(200).body("total", equalTo(3))
                .body("items", empty());

        // An agency on the team sees the case in its agency's caseload until it leaves the team.
        String member = join(first, family, Agencies.CHARITY);
        Api.get(Agencies.charityLead(), "/api/caseload?scope=agency&size=100").statusCode(200).body("items.id", hasItem(first))
                .body("items.id", not(hasItems(second, third)));
        Api.act(lead, first, "members/" + member + "/remove", Map.of("reason", "work done")).statusCode(200);
        Api.get(Agencies.charityLead(), "/api/caseload?scope=agency&size=100").statusCode(200).body("items.id", not(hasItem(first)));
        Api.get(lead, "/api/caseload?scope=agency").statusCode(200).body("total", equalTo(3));
    }

    @Test
    void myCaseloadHoldsTheCasesIAmLeadPractitionerOfAndStatusNarrowsIt() {
        Families.Accepted family = Families.accepted().ledBy(agency).in(district).concerns("housing");
        String mine = referrals.accept(family);
        String ours = referrals.accept(Families.accepted().ledBy(agency).in(district));
        Api.get(lead, "/api/caseload").statusCode(200).body("total", equalTo(0)).body("items", empty());

        Api.act(lead, mine, "take-lead", null).statusCode(200);
        Api.get(lead, "/api/caseload").statusCode(200).body("total", equalTo(1)).body("items.id", contains(mine));
        Api.get(lead, "/api/caseload?scope=mine&status=closed").statusCode(200).body("total", equalTo(0));

        Api.act(lead, mine, "close", Map.of("reason", "housing sorted",
                "outcomes", List.of(Map.of("need", "housing", "outcome", "needs-met")))).statusCode(200);
        Api.get(lead, "/api/caseload").statusCode(200).body("total", equalTo(0));
        Api.get(lead, "/api/caseload?status=closed").statusCode(200).body("items.id", contains(mine))
                .body("items[0].status", equalTo("closed")).body("items[0].reviewOverdue", equalTo(false));
        Api.get(lead, "/api/caseload?scope=agency").statusCode(200).body("items.id", contains(ours));
        Api.get(lead, "/api/caseload?scope=agency&status=all").statusCode(200).body("total", equalTo(2))
                .body("items.id", contains(ours, mine));
    }

    @Test
    void theHubListsTheCasesOfItsAreasAndOtherAgenciesListNone() {
        String caseId = referrals.accept(Families.accepted().ledBy(agency).in(district));
        String screener = Tokens.user("screener." + district).agency(Agencies.HUB, "local-authority").areas(district)
                .roles("hub-triage").bearer();
        Api.get(screener, "/api/cases").statusCode(200).body("items.id", contains(caseId)).body("total", equalTo(1));
        Api.get(Agencies.westbrookScreener(), "/api/cases?size=100").statusCode(200).body("items.id", not(hasItem(caseId)));
        // The hub's caseload is the cases of the areas it screens (docs/access.md), though it neither leads nor is on the team.
        Api.get(screener, "/api/caseload?scope=agency&size=100").statusCode(200).body("items.id", contains(caseId));
        for (String outsider : List.of(Agencies.dwp(), Agencies.policeOfficer(), Agencies.charityLead())) {
            Api.get(outsider, "/api/cases?size=100").statusCode(200).body("items.id", not(hasItem(caseId)));
            Api.get(outsider, "/api/caseload?scope=agency&size=100").statusCode(200).body("items.id", not(hasItem(caseId)));
        }
    }

    @Test
    void aListingIsAuditedWithThePeopleOnThePage() {
        Families.Accepted family = Families.accepted().ledBy(agency).in(district);
        referrals.accept(family);
        Api.get(lead, "/api/caseload?scope=agency").statusCode(200).body("total", equalTo(1));
        given().header("Authorization", Agencies.auditor()).queryParam("person", family.parent.toString())
                .queryParam("agency", agency).queryParam("action", "list").when().get("/api/audit/case").then().statusCode(200)
                .body("items[0].personIds", contains(family.child.toString(), family.parent.toString()));
    }

    /** Adds {@code member} to the team (the stub consent-service permits) and returns the membership id. */
    private String join(String caseId, Families.Accepted family, String member) {
        UUID consent = UUID.randomUUID();
        StubNeighbours.permit(family.child, member, consent);
        StubNeighbours.permit(family.parent, member, consent);
        return Api.post(lead, "/api/cases/" + caseId + "/members", Map.of("agency", member, "role", "family support"))
                .statusCode(201).extract().path("id");
    }

    private String action(String caseId, LocalDate due) {
        return Api.post(lead, "/api/cases/" + caseId + "/actions", Map.of("description", "Action due " + due,
                "ownerAgency", agency, "dueDate", due.toString())).statusCode(201).extract().path("id");
    }
}
