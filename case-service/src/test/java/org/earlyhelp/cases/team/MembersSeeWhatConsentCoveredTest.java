package org.earlyhelp.cases.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
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
import org.earlyhelp.platform.events.FeedFollower;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A team member sees the case's content of the data categories consent-service permitted for it (decision 0057): a
 * school whose consent covers education only sees no police information anywhere in the case (needs, plan, notes,
 * reviews, history), while the lead sees the whole case; an amended consent that no longer covers a category takes that
 * category from the member, and one that covers nothing it needs ends the membership.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(StubNeighbours.class)
class MembersSeeWhatConsentCoveredTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final String POLICE_NEED_NOTES = "Police attended a domestic incident at the home on 3 May";
    private static final String POLICE_ACTION = "MARAC referral after the domestic incident";
    private static final String SCHOOL_ACTION = "Daily check-in with Ava at school";
    private static final String NOTE = "Police shared the incident log: father arrested, bail conditions apply";

    @Inject
    ReferralFeed referrals;

    @Inject
    FeedFollower follower;

    private Families.Accepted family;
    private String caseId;
    private final UUID schoolConsent = UUID.randomUUID();

    /** A case led by health visiting about domestic abuse and education, with police on the team and police information in it. */
    @BeforeEach
    void aCaseWithPoliceInformation() {
        family = Families.accepted().concerns("domestic-abuse", "education");
        caseId = referrals.accept(family);
        UUID policeConsent = UUID.randomUUID();
        StubNeighbours.permit(family.child, Agencies.POLICE, policeConsent);
        StubNeighbours.permit(family.parent, Agencies.POLICE, policeConsent);
        Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/members", Map.of("agency", Agencies.POLICE, "role", "neighbourhood officer"))
                .statusCode(201).body("dataCategories", containsInAnyOrder("concerns", "police-information", "case-notes"));
        Api.request(Agencies.healthVisitorLead(), Api.etag(Agencies.healthVisitorLead(), caseId))
                .body(Map.of("severity", "high", "notes", POLICE_NEED_NOTES)).when().put("/api/cases/" + caseId + "/needs/domestic-abuse")
                .then().statusCode(200);
        Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/notes", Map.of("text", NOTE, "restricted", false)).statusCode(201);
    }

    @AfterEach
    void stopFollowing() {
        follower.stop();
    }

    @Test
    void aMemberWithEducationOnlySeesNoPoliceInformationAnywhereInTheCaseWhileTheLeadSeesItAll() {
        StubNeighbours.permitOnly(family.child, Agencies.SCHOOL, schoolConsent, "education");
        StubNeighbours.permitOnly(family.parent, Agencies.SCHOOL, schoolConsent, "education");
        Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/members", Map.of("agency", Agencies.SCHOOL, "role", "safeguarding lead"))
                .statusCode(201).body("dataCategories", contains("education"));
        // The school's role asked for its defaults, education among them.
        assertThat(StubNeighbours.questionsAbout(family.child)).filteredOn(q -> q.agency().equals(Agencies.SCHOOL)).first()
                .satisfies(q -> assertThat(q.dataCategories()).contains("identity", "contact", "concerns", "education", "case-notes"));
        action(POLICE_ACTION, Agencies.POLICE);
        action(SCHOOL_ACTION, Agencies.SCHOOL);
        review();

        String asTeacher = Api.read(Agencies.teacher(), caseId).statusCode(200)
                .body("needs.need", contains("education")).body("plan.description", contains(SCHOOL_ACTION))
                .body("team.find { it.agency == '" + Agencies.SCHOOL + "' }.dataCategories", contains("education"))
                .body("family", hasSize(2)).extract().asString();
        assertThat(asTeacher).doesNotContain("domestic", "MARAC", "Police attended");
        Api.get(Agencies.teacher(), "/api/cases/" + caseId + "/needs").statusCode(200).body("items.need", contains("education"))
                .body("total", equalTo(1));
        Api.get(Agencies.teacher(), "/api/cases/" + caseId + "/actions").statusCode(200)
                .body("items.description", contains(SCHOOL_ACTION)).body("total", equalTo(1));
        Api.get(Agencies.teacher(), "/api/cases/" + caseId + "/notes").statusCode(200).body("items", empty()).body("total", equalTo(0));
        Api.get(Agencies.teacher(), "/api/cases/" + caseId + "/reviews").statusCode(200)
                .body("items[0].progress.need", contains("education")).body("items[0].summary", nullValue());
        String history = Api.get(Agencies.teacher(), "/api/cases/" + caseId + "/history?size=100").statusCode(200)
                .body("items.action", hasItem("member-added")).extract().asString();
        assertThat(history).doesNotContain("domestic-abuse");
        String supporting = Api.get(Agencies.teacher(), "/api/cases/" + caseId + "/supporting-families").statusCode(200).extract().asString();
        assertThat(supporting).doesNotContain("domestic");

        // The lead agency sees the whole case as before.
        Api.read(Agencies.healthVisitorLead(), caseId).statusCode(200)
                .body("needs.need", containsInAnyOrder("domestic-abuse", "education"))
                .body("needs.notes", hasItem(POLICE_NEED_NOTES))
                .body("plan.description", containsInAnyOrder(POLICE_ACTION, SCHOOL_ACTION));
        Api.get(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/notes").statusCode(200).body("items.text", contains(NOTE));
        Api.get(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/history?size=100").statusCode(200)
                .body("items.detail", hasItem("domestic-abuse: high"));
        Api.get(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/reviews").statusCode(200)
                .body("items[0].progress.need", containsInAnyOrder("domestic-abuse", "education"))
                .body("items[0].summary", containsString("police"));
        // The police member sees police information, and its own action.
        Api.read(Agencies.policeOfficer(), caseId).statusCode(200).body("needs.need", hasItem("domestic-abuse"))
                .body("plan.description", hasItem(POLICE_ACTION)).body("plan.description", not(hasItem(SCHOOL_ACTION)));
        Api.get(Agencies.policeOfficer(), "/api/cases/" + caseId + "/notes").statusCode(200).body("items.text", contains(NOTE));
    }

    @Test
    void anAmendedConsentThatNoLongerCoversACategoryNarrowsWhatTheMemberSeesAndOneCoveringNothingEndsTheMembership() {
        StubNeighbours.permit(family.child, Agencies.SCHOOL, schoolConsent);
        StubNeighbours.permit(family.parent, Agencies.SCHOOL, schoolConsent);
        Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/members", Map.of("agency", Agencies.SCHOOL, "role", "safeguarding lead",
                "dataCategories", List.of("education", "police-information", "case-notes")))
                .statusCode(201).body("dataCategories", containsInAnyOrder("education", "police-information", "case-notes"));
        Api.read(Agencies.teacher(), caseId).statusCode(200).body("needs.need", containsInAnyOrder("domestic-abuse", "education"));

        // The parent takes police information out of the consent.
        StubNeighbours.permitOnly(family.parent, Agencies.SCHOOL, schoolConsent, "education", "case-notes");
        StubNeighbours.publish("consent", "consent.amended", consentEvent("active", List.of("identity", "contact", "education", "case-notes")));
        follower.start();

        await().atMost(PATIENCE).untilAsserted(() -> Api.read(Agencies.teacher(), caseId).statusCode(200)
                .body("needs.need", contains("education"))
                .body("team.find { it.agency == '" + Agencies.SCHOOL + "' }.dataCategories", containsInAnyOrder("education", "case-notes")));
        Api.get(Agencies.teacher(), "/api/cases/" + caseId + "/notes").statusCode(200).body("items.text", contains(NOTE));
        Api.get(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/alerts").statusCode(200)
                .body("items.kind", hasItem("consent-amended")).body("items.detail", hasItem(containsString("no longer police-information")));
        Api.get(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/history?size=100").statusCode(200)
                .body("items.action", hasItem("member-narrowed"));
        // The police member, on another consent, is untouched.
        Api.read(Agencies.policeOfficer(), caseId).statusCode(200).body("needs.need", hasItem("domestic-abuse"));

        // Then withdrawn altogether: the membership ends.
        StubNeighbours.answer(family.parent, Agencies.SCHOOL, StubNeighbours.Answer.DENY);
        StubNeighbours.publish("consent", "consent.withdrawn", consentEvent("withdrawn", List.of("identity", "contact", "education", "case-notes")));
        await().atMost(PATIENCE).untilAsserted(() -> Api.read(Agencies.teacher(), caseId).statusCode(404));
        assertThat(Api.eventsAbout(Agencies.eventConsumer(), "case.member-removed", caseId))
                .extracting(event -> (Object) ((Map<?, ?>) event.get("data")).get("agency")).containsExactly(Agencies.SCHOOL);
    }

    @Test
    void theLeadNamesOnlyContentCategoriesAndABadOneStoresNothing() {
        StubNeighbours.permit(family.child, Agencies.SCHOOL, schoolConsent);
        StubNeighbours.permit(family.parent, Agencies.SCHOOL, schoolConsent);
        for (List<String> named : List.of(List.of("identity"), List.of("gossip"), List.<String>of())) {
            Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/members", Map.of("agency", Agencies.SCHOOL,
                    "role", "safeguarding lead", "dataCategories", named))
                    .statusCode(400).contentType("application/problem+json");
        }
        assertThat(StubNeighbours.questionsAbout(family.child)).noneMatch(q -> q.agency().equals(Agencies.SCHOOL));
        Api.read(Agencies.teacher(), caseId).statusCode(404);
        Api.get(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/members").statusCode(200)
                .body("items.agency", not(hasItem(Agencies.SCHOOL)));
    }

    private Map<String, Object> consentEvent(String status, List<String> categories) {
        return Map.of("consentId", schoolConsent.toString(), "version", 2, "personId", family.parent.toString(), "status", status,
                "purposes", List.of("team-around-family"), "dataCategories", categories,
                "recipientAgencies", List.of(Agencies.SCHOOL), "recipientAgencyTypes", List.of());
    }

    private void action(String description, String owner) {
        Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/actions",
                Map.of("description", description, "ownerAgency", owner, "dueDate", TODAY.plusDays(14).toString())).statusCode(201);
    }

    private void review() {
        Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/reviews", Map.of("heldOn", TODAY.toString(),
                "nextReviewDue", TODAY.plusWeeks(6).toString(), "attendees", List.of(Map.of("name", "Mum")),
                "progress", List.of(Map.of("need", "domestic-abuse", "progress", "improved", "note", "Non-molestation order granted"),
                        Map.of("need", "education", "progress", "improved", "note", "Attendance up to 92%")),
                "summary", "MARAC outcome shared by police; school attendance improving")).statusCode(201);
    }
}
