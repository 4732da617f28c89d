package org.earlyhelp.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import org.earlyhelp.platform.crypto.PersonalData;
import org.earlyhelp.platform.crypto.Resealing;
import org.earlyhelp.platform.test.ClearTextScan;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The family's names, dates of birth, relationships and postcode, and every free text written on a case (a need's
 * notes, a plan action, a note, a review's summary, attendees and progress notes, a transfer's reasons, the closure
 * reason) are nowhere in case-service's database in clear, every table searched (issue 28 point 4, decision 0060),
 * and read back whole through the API, the outbox's event payloads included ({@code case.person-added} carries a
 * person added by hand to referral-service for "known to services" matching: sealed in the outbox, opened by the feed).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(StubNeighbours.class)
class PersonalDataAtRestTest {

    private static final String CHILD_BORN = "2012-09-23";
    private static final String ADDED_BORN = "1979-12-29";
    private static final String POSTCODE = "ZZ9 9ZZ";
    private static final String CLEAR_BORN = "2010-05-06";

    @Inject
    ReferralFeed referrals;
    @Inject
    CaseRepository cases;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    Resealing resealing;
    @Inject
    PersonalData personalData;

    @Test
    void whatIdentifiesTheFamilyAndWhatIsWrittenAboutItIsCiphertextInEveryTableAndReadsBackWhole() throws Exception {
        String marker = "Zq" + UUID.randomUUID().toString().substring(0, 8);
        String added = "Zh" + UUID.randomUUID().toString().substring(0, 8);
        Families.Accepted family = Families.accepted().concerns("domestic-abuse", "housing");
        Map<String, Object> accepted = family.data();
        accepted.put("children", List.of(Map.of("personId", family.child.toString(), "displayName", "Riley " + marker,
                "givenName", "Riley", "familyName", "Fam" + marker, "dateOfBirth", CHILD_BORN)));
        accepted.put("household", List.of(Map.of("personId", family.parent.toString(), "givenName", "Sam",
                "familyName", "Par" + marker, "dateOfBirth", "1985-07-19", "relationship", "step-parent " + marker)));
        referrals.deliver("referral.accepted", accepted);
        String caseId = QuarkusTransaction.requiringNew()
                .call(() -> cases.withReferral(family.referralId).orElseThrow().id().toString());
        String lead = Agencies.healthVisitorLead();
        String aunt = Api.post(lead, "/api/cases/" + caseId + "/people", Map.of("givenName", "Jo", "familyName", "Hand" + added,
                "dateOfBirth", ADDED_BORN, "postcode", POSTCODE, "relationship", "aunt " + marker)).statusCode(201)
                .extract().path("personId");
        UUID consent = UUID.randomUUID();
        for (UUID person : List.of(family.child, family.parent, UUID.fromString(aunt))) {
            StubNeighbours.permit(person, Agencies.CHARITY, consent);
        }
        Api.post(lead, "/api/cases/" + caseId + "/members", Map.of("agency", Agencies.CHARITY, "role", "family support"))
                .statusCode(201);
        Api.request(lead, Api.etag(lead, caseId)).body(Map.of("severity", "high", "notes", "Rent arrears " + marker))
                .when().put("/api/cases/" + caseId + "/needs/housing").then().statusCode(200);
        String action = Api.post(lead, "/api/cases/" + caseId + "/actions", Map.of("description", "Housing application " + marker,
                "ownerAgency", Agencies.HEALTH_VISITING, "dueDate", LocalDate.now().plusDays(7).toString()))
                .statusCode(201).extract().path("id");
        Api.post(lead, "/api/cases/" + caseId + "/notes", Map.of("text", "Home visit, " + marker)).statusCode(201);
        Api.post(lead, "/api/cases/" + caseId + "/reviews", Map.of("heldOn", LocalDate.now().toString(),
                "nextReviewDue", LocalDate.now().plusWeeks(6).toString(),
                "attendees", List.of(Map.of("name", "Grandmother " + marker)),
                "progress", List.of(Map.of("need", "housing", "progress", "improved", "note", "Bidding on homes " + marker)),
                "summary", "Good engagement " + marker)).statusCode(201);
        String transfer = Api.post(lead, "/api/cases/" + caseId + "/transfers",
                Map.of("toAgency", Agencies.CHARITY, "reason", "Parenting now " + marker)).statusCode(201).extract().path("id");
        Api.act(Agencies.charityLead(), caseId, "transfers/" + transfer + "/decline", Map.of("reason", "No capacity " + marker))
                .statusCode(200);
        Api.act(lead, caseId, "actions/" + action + "/status", Map.of("status", "done")).statusCode(200);
        Api.act(lead, caseId, "close", Map.of("reason", "Plan complete " + marker, "outcomes", List.of(
                Map.of("need", "domestic-abuse", "outcome", "needs-met"), Map.of("need", "housing", "outcome", "needs-met"))))
                .statusCode(200);

        assertThat(ClearTextScan.tablesContaining(dataSource, marker)).as("tables holding the marker in clear").isEmpty();
        assertThat(ClearTextScan.tablesContaining(dataSource, CHILD_BORN)).as("tables holding the date of birth").isEmpty();
        // A person added by hand: on the case and in case.person-added's payload for referral-service's matching, sealed.
        assertThat(ClearTextScan.tablesContaining(dataSource, added)).as("tables holding the added person's name").isEmpty();
        assertThat(ClearTextScan.tablesContaining(dataSource, POSTCODE)).isEmpty();
        assertThat(ClearTextScan.tablesContaining(dataSource, ADDED_BORN)).isEmpty();

        Api.read(lead, caseId).statusCode(200)
                .body("family.find { it.personId == '" + family.child + "' }.displayName", equalTo("Riley " + marker))
                .body("family.find { it.personId == '" + family.child + "' }.familyName", equalTo("Fam" + marker))
                .body("family.find { it.personId == '" + family.child + "' }.dateOfBirth", equalTo(CHILD_BORN))
                .body("family.find { it.personId == '" + family.parent + "' }.relationship", equalTo("step-parent " + marker))
                .body("family.find { it.familyName == 'Hand" + added + "' }.postcode", equalTo(POSTCODE))
                .body("family.find { it.familyName == 'Hand" + added + "' }.dateOfBirth", equalTo(ADDED_BORN))
                .body("family.find { it.familyName == 'Hand" + added + "' }.relationship", equalTo("aunt " + marker))
                .body("closureReason", equalTo("Plan complete " + marker));
        Api.get(lead, "/api/cases/" + caseId + "/needs").statusCode(200)
                .body("items.find { it.need == 'housing' }.notes", equalTo("Rent arrears " + marker));
        Api.get(lead, "/api/cases/" + caseId + "/actions").statusCode(200)
                .body("items.description", contains("Housing application " + marker));
        Api.get(lead, "/api/cases/" + caseId + "/notes").statusCode(200).body("items.text", hasItem("Home visit, " + marker));
        Api.get(lead, "/api/cases/" + caseId + "/reviews").statusCode(200)
                .body("items[0].summary", equalTo("Good engagement " + marker))
                .body("items[0].attendees[0].name", equalTo("Grandmother " + marker))
                .body("items[0].progress[0].note", equalTo("Bidding on homes " + marker));
        Api.get(lead, "/api/cases/" + caseId + "/transfers").statusCode(200)
                .body("items[0].reason", equalTo("Parenting now " + marker))
                .body("items[0].declineReason", equalTo("No capacity " + marker));
    }

    @Test
    void namesAndDatesStoredBeforeSealingReadAsTheyWereAndTheJobSealsThemInElementCollectionsToo() throws Exception {
        String marker = "Zb" + UUID.randomUUID().toString().substring(0, 8);
        Families.Accepted family = Families.accepted();
        String caseId = referrals.accept(family);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement onCase = connection.prepareStatement(
                        "update case_person set family_name = ?, date_of_birth = ? where person_id = ?");
                PreparedStatement seen = connection.prepareStatement(
                        "update seen_referral_person set family_name = ?, date_of_birth = ? where person_id = ?")) {
            for (PreparedStatement update : List.of(onCase, seen)) {
                update.setString(1, "Before" + marker);
                update.setString(2, CLEAR_BORN);
                update.setObject(3, family.child);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
        }
        Api.read(Agencies.healthVisitorLead(), caseId).statusCode(200)
                .body("family.find { it.personId == '" + family.child + "' }.familyName", equalTo("Before" + marker));

        while (resealing.run() > 0) {
            // batch after batch until nothing is left in clear
        }

        assertThat(ClearTextScan.tablesContaining(dataSource, marker)).as("tables holding the marker in clear").isEmpty();
        assertThat(ClearTextScan.tablesContaining(dataSource, CLEAR_BORN)).as("tables holding the date of birth").isEmpty();
        Api.read(Agencies.healthVisitorLead(), caseId).statusCode(200)
                .body("family.find { it.personId == '" + family.child + "' }.familyName", equalTo("Before" + marker))
                .body("family.find { it.personId == '" + family.child + "' }.dateOfBirth", equalTo(CLEAR_BORN));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement seen = connection.prepareStatement(
                        "select family_name, date_of_birth from seen_referral_person where person_id = ?")) {
            seen.setObject(1, family.child);
            try (ResultSet row = seen.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(personalData.open(row.getString(1))).isEqualTo("Before" + marker);
                assertThat(personalData.open(row.getString(2))).isEqualTo(CLEAR_BORN);
            }
        }
    }
}
