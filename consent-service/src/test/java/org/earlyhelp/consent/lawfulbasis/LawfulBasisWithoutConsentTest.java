package org.earlyhelp.consent.lawfulbasis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.earlyhelp.consent.ConsentApi.decide;
import static org.earlyhelp.consent.ConsentApi.recorded;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.consent.Consents;
import org.earlyhelp.consent.Questions;
import org.earlyhelp.consent.Staff;
import org.earlyhelp.consent.participation.ParticipationFixture;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Scenario 3, "no consent, real risk": a mother refuses consent to share with a drug service; a
 * later referral shows a risk of significant harm; the hub records a lawful basis without
 * consent, the share is permitted, and the decision and its reasons are in the audit trail.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class LawfulBasisWithoutConsentTest {

    @Inject
    ParticipationFixture participation;

    private UUID child;

    @BeforeEach
    void policeReferredTheChild() {
        child = UUID.randomUUID();
        participation.referralSubmitted(child, "northshire-police");
    }

    @Test
    void theHubRecordsRiskOfSignificantHarmAndTheRefusedSharePassesWithItsReasonsAudited() {
        recorded(Staff.policeOfficer(), Consents.refusalFor(child));
        String refused = decide(Staff.hubTriage(), Questions.drugServiceReferral(child))
                .body("outcome", equalTo("deny")).body("reasons", contains("consent-refused")).extract().path("id");

        String basis = record(Staff.hubTriage(), riskOfSignificantHarm(child)).statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/lawful-bases/"))
                .body("kind", equalTo("risk-of-significant-harm"))
                .body("decidedBy.name", equalTo("Jo Patel"))
                .body("recordedBy", equalTo("hub.patel"))
                .extract().path("id");

        String permitted = decide(Staff.hubTriage(), Questions.drugServiceReferral(child))
                .statusCode(201)
                .body("outcome", equalTo("permit"))
                .body("reasons", contains("lawful-basis"))
                .body("basis.lawfulBasisId", equalTo(basis))
                .body("basis.lawfulBasisKind", equalTo("risk-of-significant-harm"))
                .extract().path("id");

        JsonPath trail = auditTrail(Map.of("person", child, "resourceType", "sharing-decision"));
        List<Map<String, Object>> items = trail.getList("items");
        Map<String, Object> permit = items.stream().filter(item -> permitted.equals(item.get("resourceId"))).findFirst().orElseThrow();
        Map<String, Object> deny = items.stream().filter(item -> refused.equals(item.get("resourceId"))).findFirst().orElseThrow();
        assertThat(permit.get("action")).isEqualTo("permit");
        assertThat((String) permit.get("purpose")).contains("purpose=onward-referral", "recipient=northshire-recovery",
                "basis=lawful-basis:risk-of-significant-harm:" + basis, "reasons=lawful-basis");
        assertThat(permit.get("username")).isEqualTo("hub.patel");
        assertThat(deny.get("action")).isEqualTo("deny");
        assertThat((String) deny.get("purpose")).contains("reasons=consent-refused");
    }

    @Test
    void aPlainPractitionerMayNotRecordALawfulBasis() {
        record(Staff.policeOfficer(), riskOfSignificantHarm(child)).statusCode(403).contentType("application/problem+json");
        record(Staff.policeSystem(), riskOfSignificantHarm(child)).statusCode(403);
        record(Staff.auditor(), riskOfSignificantHarm(child)).statusCode(403);
    }

    @Test
    void theLeadOfTheChildsCaseMayRecordOneButACaseLeadOfAnUnrelatedAgencyMayNot() {
        participation.caseOpened(child, "northshire-health-visiting");

        record(Staff.healthVisitorLead(), riskOfSignificantHarm(child)).statusCode(201);
        record(Staff.mentalHealthLead(), riskOfSignificantHarm(child)).statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aLawfulBasisNeedsAJustificationADecisionMakerAndAScope() {
        Map<String, Object> body = riskOfSignificantHarm(child);
        body.remove("justification");
        body.put("decidedBy", Map.of("name", " "));
        body.put("recipientAgencies", List.of());
        body.put("recipientAgencyTypes", List.of());
        body.remove("dataCategories");

        JsonPath problem = record(Staff.hubTriage(), body).statusCode(400).contentType("application/problem+json")
                .extract().jsonPath();

        assertThat(problem.getList("violations.field", String.class))
                .contains("justification", "decidedBy.name", "recipientNamed", "dataCategories");
    }

    @Test
    void aTimeLimitedLawfulBasisStopsPermittingWhenItEnds() {
        Map<String, Object> body = riskOfSignificantHarm(child);
        body.put("validUntil", Instant.now().plusSeconds(2).toString());
        record(Staff.hubTriage(), body).statusCode(201);
        decide(Staff.hubTriage(), Questions.drugServiceReferral(child)).body("outcome", equalTo("permit"));

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                decide(Staff.hubTriage(), Questions.drugServiceReferral(child))
                        .body("outcome", equalTo("deny")).body("reasons", hasItem("lawful-basis-expired")));
    }

    @Test
    void theJustificationIsReadOnlyByTheHubAndCaseLeadsWhoReachTheChildAndByAuditorsOnceADecisionRestsOnIt() {
        participation.caseOpened(child, "northshire-health-visiting");
        String basis = record(Staff.hubTriage(), riskOfSignificantHarm(child)).extract().path("id");

        read(Staff.hubTriage(), basis).statusCode(200);
        read(Staff.healthVisitorLead(), basis).statusCode(200);
        read(Staff.mentalHealthLead(), basis).statusCode(404);
        read(Staff.policeOfficer(), basis).statusCode(404);
        read(Staff.recoveryWorker(), basis).statusCode(404);
        read(Staff.auditor(), basis).statusCode(404);

        decide(Staff.hubTriage(), Questions.drugServiceReferral(child)).body("outcome", equalTo("permit"));

        read(Staff.auditor(), basis).statusCode(200).body("justification", org.hamcrest.Matchers.startsWith("A new police referral"));
    }

    static Map<String, Object> riskOfSignificantHarm(UUID person) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", person.toString());
        body.put("kind", "risk-of-significant-harm");
        body.put("justification", "A new police referral shows the baby is at risk of significant harm from parental drug use.");
        body.put("decidedBy", Map.of("name", "Jo Patel", "role", "Early Help Hub team manager"));
        body.put("purposes", List.of("onward-referral"));
        body.put("recipientAgencies", List.of("northshire-recovery"));
        body.put("dataCategories", List.of("identity", "concerns"));
        return body;
    }

    private static io.restassured.response.ValidatableResponse record(Tokens who, Map<String, Object> body) {
        return given().header("Authorization", who.bearer()).contentType(ContentType.JSON).body(body)
                .when().post("/api/lawful-bases").then();
    }

    private static io.restassured.response.ValidatableResponse read(Tokens who, String id) {
        return given().header("Authorization", who.bearer()).when().get("/api/lawful-bases/" + id).then();
    }

    private static JsonPath auditTrail(Map<String, Object> filters) {
        return given().header("Authorization", Staff.auditor().bearer()).queryParams(filters)
                .when().get("/api/audit/consent").then().statusCode(200).extract().jsonPath();
    }
}
