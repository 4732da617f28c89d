package org.earlyhelp.consent.retention;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.earlyhelp.consent.ConsentApi.recorded;
import static org.earlyhelp.consent.ConsentApi.withdraw;

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
import io.restassured.response.ValidatableResponse;

/**
 * What consent-service holds about a person, for a subject access request (issue 28 point 2, decision 0062): every
 * consent with every version, its evidence and grantor, the lawful bases (kind, justification, who decided) and the
 * sharing decisions, under any id the person is known by; a parent who consented for the child is a third party. Only
 * a data protection officer asks, and only about a person referred in their areas (README's access table).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class SubjectAccessToConsentRecordsTest {

    @Inject
    ParticipationFixture participation;

    private UUID child;
    private UUID minted;
    private UUID consent;
    private UUID underMintedId;
    private String basis;
    private String decision;

    @BeforeEach
    void aChildWithConsentsALawfulBasisAndADecision() {
        child = UUID.randomUUID();
        minted = UUID.randomUUID();
        participation.referralSubmitted(child, "northshire-police", "eastmere");
        UUID schoolsReferral = participation.referralSubmitted(minted, "eastmere-academy", "eastmere");
        participation.personLinked(schoolsReferral, "eastmere-academy", minted, child);
        consent = recorded(Staff.hubTriage(), Consents.parentalConsentFor(child)
                .with("grantor", Map.of("kind", "parent-with-parental-responsibility", "name", "Sam Okoro"))
                .with("evidenceReference", "Signed form 77"));
        withdraw(Staff.hubTriage(), consent, "Withdrawn at the review").statusCode(200);
        underMintedId = recorded(Staff.schoolPractitioner(), Consents.onwardReferralConsentFor(minted)
                .with("grantor", Map.of("kind", "competent-child", "name", "Riley Okoro")));
        basis = given().header("Authorization", Staff.hubTriage().bearer()).contentType(ContentType.JSON)
                .body(Map.of("personId", child.toString(), "kind", "risk-of-significant-harm",
                        "justification", "Police found the baby alone",
                        "decidedBy", Map.of("name", "Jo Patel", "role", "Early Help Hub team manager"),
                        "purposes", List.of("onward-referral"), "recipientAgencies", List.of("northshire-recovery"),
                        "dataCategories", List.of("identity", "concerns")))
                .when().post("/api/lawful-bases").then().statusCode(201).extract().path("id");
        decision = given().header("Authorization", Staff.hubTriage().bearer()).contentType(ContentType.JSON)
                .body(Questions.drugServiceReferral(child)).when().post("/api/sharing-decisions").then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void anOfficerGetsEveryConsentVersionLawfulBasisAndDecisionWithTheGrantorApart() {
        JsonPath held = holdings(Staff.dataProtectionOfficer(), child).statusCode(200).extract().jsonPath();

        assertThat(held.getList("records.recordType")).containsExactlyInAnyOrder("consent-record", "consent-record", "lawful-basis",
                "sharing-decision");
        Map<String, Object> parental = record(held, consent.toString());
        assertThat(new JsonPath(json(parental)).getList("about.versions.change")).containsExactly("recorded", "withdrawn");
        JsonPath told = new JsonPath(json(parental));
        assertThat(told.getString("about.consent.evidenceReference")).isEqualTo("Signed form 77");
        assertThat(told.getString("about.consent.grantor.kind")).isEqualTo("parent-with-parental-responsibility");
        assertThat(told.getString("about.consent.grantor.name")).isNull();
        assertThat(told.getString("about.versions[1].reason")).isEqualTo("Withdrawn at the review");
        assertThat(json(told.get("about"))).doesNotContain("Sam Okoro");
        assertThat(told.getList("thirdParties.data.name")).containsExactly("Sam Okoro");
        assertThat(told.getString("thirdParties[0].description")).contains("parent-with-parental-responsibility");

        JsonPath childsOwn = new JsonPath(json(record(held, underMintedId.toString())));
        assertThat(childsOwn.getString("about.consent.grantor.name")).as("a competent child is the person").isEqualTo("Riley Okoro");
        assertThat(childsOwn.getList("thirdParties")).isEmpty();

        JsonPath lawfulBasis = new JsonPath(json(record(held, basis)));
        assertThat(lawfulBasis.getString("about.kind")).isEqualTo("risk-of-significant-harm");
        assertThat(lawfulBasis.getString("about.justification")).isEqualTo("Police found the baby alone");
        assertThat(lawfulBasis.getString("about.decidedBy.name")).isEqualTo("Jo Patel");
        assertThat(new JsonPath(json(record(held, decision))).getString("about.outcome")).isEqualTo("permit");
        assertThat(held.getList("accessLog.action")).contains("create");
    }

    @Test
    void theSameRecordsUnderTheOtherIdThePersonIsKnownBy() {
        JsonPath held = holdings(Staff.dataProtectionOfficer(), minted).statusCode(200).extract().jsonPath();

        assertThat(held.getList("records.recordId")).contains(consent.toString(), underMintedId.toString(), basis, decision);
    }

    /** README's access table, row by row. */
    @Test
    void onlyAnOfficerForThePersonsAreaIsAnswered() {
        assertThat(holdings(Staff.dataProtectionOfficerOf("kingsfold"), child).statusCode(200).extract().jsonPath()
                .getList("records")).as("an officer for another area").isEmpty();
        for (Tokens refused : List.of(Staff.auditor(), Staff.hubTriage(), Staff.policeOfficer(), Staff.healthVisitorLead(),
                Staff.policeSystem(), Staff.hubDirectoryAdmin())) {
            holdings(refused, child).statusCode(403);
        }
        holdings(Staff.policeOfficer(), UUID.randomUUID()).statusCode(403);
        given().header("Authorization", Staff.dataProtectionOfficer().bearer()).when().get("/api/data-protection/case/people/" + child)
                .then().statusCode(404);
        assertThat(given().header("Authorization", Staff.auditor().bearer()).queryParam("person", child).queryParam("action", "subject-access")
                .when().get("/api/audit/consent").then().statusCode(200).extract().jsonPath().getList("items.outcome"))
                .contains("denied", "success");
    }

    private static ValidatableResponse holdings(Tokens who, UUID person) {
        return given().header("Authorization", who.bearer()).when().get("/api/data-protection/consent/people/" + person).then();
    }

    private static Map<String, Object> record(JsonPath held, String id) {
        return held.getMap("records.find { it.recordId == '" + id + "' }");
    }

    private static String json(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
