package org.earlyhelp.consent.dataprotection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.earlyhelp.consent.ConsentApi;
import org.earlyhelp.consent.Consents;
import org.earlyhelp.consent.EventFeed;
import org.earlyhelp.consent.Questions;
import org.earlyhelp.consent.Staff;
import org.earlyhelp.consent.participation.ParticipationFixture;
import org.earlyhelp.platform.events.CloudEvent;
import org.earlyhelp.platform.test.ClearTextScan;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Rectification, restriction and erasure on request (decision 0062): each kept with its reason, audited and published
 * without it; a restriction refuses every sharing decision and every new consent or lawful basis until it is lifted;
 * an erasure waits for open cases to close.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(StubContexts.class)
class PersonRequestTest {

    private static final String REASON = "Art. 18 request received by letter, ref DPO-77; accuracy contested";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ParticipationFixture participation;

    @Inject
    OpenCases openCases;

    @Inject
    DataSource dataSource;

    private UUID child;

    @BeforeEach
    void healthVisitingWorksWithTheChild() {
        child = UUID.randomUUID();
        participation.referralSubmitted(child, "northshire-health-visiting");
    }

    @Test
    void aRestrictionRefusesEverySharingDecisionUntilItIsLifted() {
        ConsentApi.recorded(Staff.healthVisitorLead(), Consents.parentalConsentFor(child));
        ConsentApi.decide(Staff.healthVisitorLead(), Questions.charityJoiningTeam(child)).statusCode(201)
                .body("outcome", equalTo("permit"));

        post(Officers.dpo(), "/restriction", Map.of("reason", REASON)).statusCode(200)
                .body("kind", equalTo("restriction")).body("personId", equalTo(child.toString()));

        ConsentApi.decide(Staff.healthVisitorLead(), Questions.charityJoiningTeam(child)).statusCode(201)
                .body("outcome", equalTo("deny"))
                .body("reasons", contains("processing-restricted"));
        post(Officers.dpo(), "/restriction", Map.of("reason", REASON)).statusCode(409).contentType("application/problem+json");
        restriction(Officers.dpo()).statusCode(200).body("restricted", equalTo(true)).body("history", hasSize(1))
                .body("history[0].reason", equalTo(REASON)).body("history[0].requestedBy", equalTo("dpo.reid"));

        post(Officers.dpo(), "/restriction/lift", Map.of("reason", "Accuracy confirmed")).statusCode(200)
                .body("kind", equalTo("restriction-lift"));

        ConsentApi.decide(Staff.healthVisitorLead(), Questions.charityJoiningTeam(child)).statusCode(201)
                .body("outcome", equalTo("permit"));
        post(Officers.dpo(), "/restriction/lift", Map.of("reason", "again")).statusCode(409);
        restriction(Officers.dpo()).body("restricted", equalTo(false)).body("history", hasSize(2))
                .body("history[0].kind", equalTo("restriction-lift"));
    }

    @Test
    void whileRestrictedNothingNewIsRecordedButAWithdrawalIsAndEveryViewSaysSo() {
        UUID consent = ConsentApi.recorded(Staff.healthVisitorLead(), Consents.parentalConsentFor(child));
        post(Officers.dpo(), "/restriction", Map.of("reason", REASON)).statusCode(200);

        ConsentApi.record(Staff.healthVisitorLead(), Consents.parentalConsentFor(child)).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/processing-restricted"));
        given().header("Authorization", Staff.hubTriage().bearer()).contentType(ContentType.JSON).body(lawfulBasis(child))
                .when().post("/api/lawful-bases").then().statusCode(409).body("type", equalTo("/problems/processing-restricted"));
        ConsentApi.read(Staff.healthVisitorLead(), consent).statusCode(200).body("restricted", equalTo(true));
        given().header("Authorization", Staff.healthVisitorLead().bearer()).queryParam("person", child)
                .when().get("/api/consents").then().statusCode(200).body("items[0].restricted", equalTo(true));

        ConsentApi.withdraw(Staff.healthVisitorLead(), consent, "Mother withdrew consent by phone").statusCode(200)
                .body("status", equalTo("withdrawn")).body("restricted", equalTo(true));

        post(Officers.dpo(), "/restriction/lift", Map.of("reason", "Accuracy confirmed")).statusCode(200);
        ConsentApi.read(Staff.healthVisitorLead(), consent).statusCode(200).body("restricted", nullValue());
    }

    @Test
    void aRestrictionHoldsForEveryIdThePersonIsKnownBy() {
        UUID minted = UUID.randomUUID();
        UUID referral = participation.referralSubmitted(minted, "northshire-health-visiting");
        participation.personLinked(referral, "northshire-health-visiting", minted, child);
        ConsentApi.recorded(Staff.healthVisitorLead(), Consents.parentalConsentFor(minted));

        post(Officers.dpo(), "/restriction", Map.of("reason", REASON)).statusCode(200);

        ConsentApi.decide(Staff.healthVisitorLead(), Questions.charityJoiningTeam(minted)).statusCode(201)
                .body("outcome", equalTo("deny")).body("reasons", contains("processing-restricted"));
    }

    @Test
    void aRectificationCorrectsTheCopiesHereAndIsPublishedWithoutItsReason() throws SQLException {
        UUID consent = ConsentApi.recorded(Staff.healthVisitorLead(), Consents.parentalConsentFor(child));

        String request = post(Officers.dpo(), "/rectification", Map.of("familyName", "Carter-Lowe", "dateOfBirth", "2019-04-01",
                "reason", REASON)).statusCode(200).body("kind", equalTo("rectification")).extract().path("id");

        ConsentApi.read(Staff.healthVisitorLead(), consent).statusCode(200)
                .body("personName", containsString("Carter-Lowe"))
                .body("personBirthDate", equalTo("2019-04-01"))
                .body("version", equalTo(1));
        Map<String, Object> event = single(EventFeed.about(Staff.caseService(), "person.rectified", child));
        assertThat(event).extractingByKey("data").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("personId", child.toString()).containsEntry("familyName", "Carter-Lowe")
                .containsEntry("dateOfBirth", "2019-04-01").containsEntry("requestId", request)
                .containsEntry("requestedBy", "dpo.reid");
        assertThat(asText(event)).doesNotContain("DPO-77");
        // What practitioners read on the feed carries nothing of it: the event is between services.
        assertThat(EventFeed.about(Staff.healthVisitorLead(), "person.rectified", child)).isEmpty();

        // The corrected name is sealed like the rest of the person's data: in no table in clear.
        String marker = "Lowe" + UUID.randomUUID().toString().substring(0, 8);
        post(Officers.dpo(), "/rectification", Map.of("familyName", marker, "reason", REASON)).statusCode(200);
        ConsentApi.read(Staff.healthVisitorLead(), consent).body("personName", equalTo("Riley " + marker));
        assertThat(ClearTextScan.tablesContaining(dataSource, marker)).isEmpty();

        post(Officers.dpo(), "/rectification", Map.of("reason", REASON)).statusCode(422).contentType("application/problem+json");
        post(Officers.dpo(), "/rectification", Map.of("familyName", "Lowe")).statusCode(400);
    }

    @Test
    void restrictionAndItsLiftArePublished() {
        post(Officers.dpo(), "/restriction", Map.of("reason", REASON)).statusCode(200);
        post(Officers.dpo(), "/restriction/lift", Map.of("reason", REASON)).statusCode(200);

        assertThat(single(EventFeed.about(Staff.caseService(), "person.restricted", child))).extractingByKey("data")
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("requestedBy", "dpo.reid");
        assertThat(EventFeed.about(Staff.caseService(), "person.restriction-lifted", child)).hasSize(1);
    }

    @Test
    void anErasureIsRefusedWhileThePersonIsInAnOpenCaseAndThenErasesHereAndIsPublished() throws SQLException {
        UUID caseId = UUID.randomUUID();
        caseEvent("case.opened", Map.of("caseId", caseId.toString(), "personIds", List.of(child.toString()),
                "leadAgency", "northshire-health-visiting", "area", "eastmere"));
        StubContexts.wouldErase("referral", child, List.of(Map.of("recordType", "referral-led-nowhere",
                "recordId", UUID.randomUUID().toString(), "personIds", List.of(child.toString()))));
        String export = given().header("Authorization", Officers.dpo().bearer()).contentType(ContentType.JSON)
                .body(Map.of("personId", child.toString())).when().post("/api/subject-access-requests").then().statusCode(201)
                .extract().path("id");

        post(Officers.dpo(), "/erasure", Map.of("reason", REASON, "dryRun", true)).statusCode(200)
                .body("dryRun", equalTo(true))
                .body("requestId", nullValue())
                .body("contexts.referral", hasSize(1))
                .body("contexts.case", hasSize(0))
                .body("contexts.directory", hasSize(0))
                .body("contexts.consent.recordType", org.hamcrest.Matchers.hasItem("subject-access-request"));
        post(Officers.dpo(), "/erasure", Map.of("reason", REASON, "dryRun", false)).statusCode(409)
                .body("type", equalTo("/problems/open-case"));
        assertThat(EventFeed.about(Staff.caseService(), "person.erased", child)).isEmpty();

        caseEvent("case.closed", Map.of("caseId", caseId.toString(), "personIds", List.of(child.toString()),
                "leadAgency", "northshire-health-visiting", "outcome", "stepped-down"));
        String request = post(Officers.dpo(), "/erasure", Map.of("reason", REASON, "dryRun", false)).statusCode(202)
                .body("requestId", notNullValue())
                .body("contexts.referral", hasSize(1))
                .body("contexts.consent.recordId", org.hamcrest.Matchers.hasItem(export))
                .extract().path("requestId");

        Map<String, Object> event = single(EventFeed.about(Staff.caseService(), "person.erased", child));
        assertThat(event).extractingByKey("data").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("requestId", request).containsEntry("requestedBy", "dpo.reid");
        assertThat(asText(event)).doesNotContain("DPO-77");
        // The person's subject access export went with them, leaving its tombstone.
        given().header("Authorization", Officers.dpo().bearer()).when().get("/api/subject-access-requests/" + export).then()
                .statusCode(404);
        assertThat(tombstones(export)).isEqualTo(1);
    }

    @Test
    void badRequestsAreProblemsAndStoreNothing() throws SQLException {
        long before = count("person_request");

        post(Officers.dpo(), "/restriction", Map.of()).statusCode(400).contentType("application/problem+json");
        post(Officers.dpo(), "/restriction", Map.of("reason", " ")).statusCode(400);
        post(Officers.dpo(), "/restriction", Map.of("reason", REASON, "until", "2027-01-01")).statusCode(400);
        post(Officers.dpo(), "/restriction/lift", Map.of("reason", "x".repeat(2001))).statusCode(400);
        post(Officers.dpo(), "/rectification", Map.of("reason", REASON)).statusCode(422).contentType("application/problem+json");
        post(Officers.dpo(), "/rectification", Map.of("dateOfBirth", "2999-01-01", "reason", REASON)).statusCode(400);
        post(Officers.dpo(), "/rectification", Map.of("dateOfBirth", "01/04/2015", "reason", REASON)).statusCode(400);
        post(Officers.dpo(), "/erasure", Map.of("reason", REASON)).statusCode(400);
        post(Officers.dpo(), "/erasure", Map.of("reason", REASON, "dryRun", "maybe")).statusCode(400);
        given().header("Authorization", Officers.dpo().bearer()).contentType(ContentType.JSON).body(Map.of("reason", REASON))
                .when().post("/api/people/not-a-uuid/restriction").then().statusCode(400).contentType("application/problem+json");

        assertThat(count("person_request")).isEqualTo(before);
        for (String type : List.of("person.restricted", "person.restriction-lifted", "person.rectified", "person.erased")) {
            assertThat(EventFeed.about(Staff.caseService(), type, child)).as(type).isEmpty();
        }
    }

    @Test
    void onlyADataProtectionOfficerMayAskAndEveryRefusalIsAudited() {
        for (Tokens notAnOfficer : List.of(Staff.hubTriage(), Staff.auditor(), Staff.healthVisitorLead(), Staff.policeSystem())) {
            post(notAnOfficer, "/restriction", Map.of("reason", REASON)).statusCode(403).contentType("application/problem+json");
            post(notAnOfficer, "/restriction/lift", Map.of("reason", REASON)).statusCode(403);
            post(notAnOfficer, "/rectification", Map.of("familyName", "Lowe", "reason", REASON)).statusCode(403);
            post(notAnOfficer, "/erasure", Map.of("reason", REASON, "dryRun", true)).statusCode(403);
            restriction(notAnOfficer).statusCode(403);
        }
        given().header("Authorization", Staff.auditor().bearer()).queryParam("person", child).queryParam("outcome", "denied")
                .when().get("/api/audit/consent").then().statusCode(200).body("total", equalTo(20));
    }

    @Test
    void everyRequestIsAuditedWithThePersonsId() {
        post(Officers.dpo(), "/restriction", Map.of("reason", REASON)).statusCode(200);
        post(Officers.dpo(), "/restriction/lift", Map.of("reason", REASON)).statusCode(200);
        post(Officers.dpo(), "/rectification", Map.of("givenName", "Rosie", "reason", REASON)).statusCode(200);
        post(Officers.dpo(), "/erasure", Map.of("reason", REASON, "dryRun", true)).statusCode(200);

        List<String> actions = given().header("Authorization", Staff.auditor().bearer()).queryParam("person", child)
                .queryParam("size", 100).when().get("/api/audit/consent").then().statusCode(200)
                .extract().jsonPath().getList("items.action");
        assertThat(actions).contains("restriction", "restriction-lift", "rectification", "erasure-preview");
        assertThat(actions.toString()).doesNotContain("DPO-77");
    }

    private ValidatableResponse post(Tokens who, String path, Map<String, Object> body) {
        return given().header("Authorization", who.bearer()).contentType(ContentType.JSON).body(body)
                .when().post("/api/people/" + child + path).then();
    }

    private ValidatableResponse restriction(Tokens who) {
        return given().header("Authorization", who.bearer()).when().get("/api/people/" + child + "/restriction").then();
    }

    private void caseEvent(String type, Map<String, Object> data) {
        CloudEvent event = new CloudEvent("1.0", UUID.randomUUID().toString(), "/early-help/case", type, null, Instant.now(),
                "application/json", JSON.valueToTree(data), "1");
        QuarkusTransaction.requiringNew().run(() -> openCases.handle(event));
    }

    private static Map<String, Object> single(List<Map<String, Object>> events) {
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String asText(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM " + table);
                ResultSet count = statement.executeQuery()) {
            count.next();
            return count.getLong(1);
        }
    }

    private long tombstones(String recordId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT count(*) FROM erasure_tombstone WHERE record_type = 'subject-access-request' AND record_id = ?")) {
            statement.setString(1, recordId);
            try (ResultSet count = statement.executeQuery()) {
                count.next();
                return count.getLong(1);
            }
        }
    }

    private static Map<String, Object> lawfulBasis(UUID person) {
        return Map.of("personId", person.toString(),
                "kind", "risk-of-significant-harm",
                "justification", "A new police referral shows the baby is at risk of significant harm from parental drug use.",
                "decidedBy", Map.of("name", "Jo Patel", "role", "Early Help Hub team manager"),
                "purposes", List.of("onward-referral"),
                "recipientAgencies", List.of("northshire-recovery"),
                "dataCategories", List.of("identity", "concerns"));
    }
}
