package org.earlyhelp.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.stream.Stream;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Record-level access, default deny: a police referral is seen by the police (people and systems)
 * and the hub for its area; every other demo agency, the hub of another area and an auditor get
 * 404, in reads and in lists, and each attempt is in the audit trail.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class CrossAgencyAccessTest {

    private static String policeReferral;

    /** One police referral for the class, made on first use (the app's port is known only once a test runs). */
    @BeforeEach
    void aPoliceOfficerRefers() {
        if (policeReferral == null) {
            policeReferral = Api.submitted(Agencies.policeOfficer(), Referrals.typical().build());
        }
    }

    static Stream<Arguments> agenciesWithNoPart() {
        return Stream.of(
                Arguments.of("school", Agencies.teacher()),
                Arguments.of("GP", Agencies.gp()),
                Arguments.of("health visiting", Agencies.healthVisitor()),
                Arguments.of("mental health", Agencies.mentalHealth()),
                Arguments.of("DWP", Agencies.dwp()),
                Arguments.of("drug and alcohol service", Agencies.recovery()),
                Arguments.of("charity", Agencies.charityWorker()),
                Arguments.of("hub screener of another area", Agencies.westbrookScreener()),
                Arguments.of("auditor", Agencies.auditor()));
    }

    @ParameterizedTest(name = "{0} gets 404")
    @MethodSource("agenciesWithNoPart")
    void anAgencyWithNoPartInTheReferralCannotTellItExists(String who, String bearer) {
        Api.read(bearer, policeReferral).statusCode(404).contentType("application/problem+json");
        given().header("Authorization", bearer).when().get("/api/referrals/" + policeReferral + "/history")
                .then().statusCode(404);
        given().header("Authorization", bearer).queryParam("size", 100).when().get("/api/referrals")
                .then().statusCode(200).body("items.id", not(hasItem(policeReferral)));
    }

    @Test
    void theReferringAgencySeesItsOwnReferralWhoeverOfItReferred() {
        Api.read(Agencies.policeOfficer(), policeReferral).statusCode(200).body("referringAgency", equalTo(Agencies.POLICE));
        Api.read(Agencies.policeSystem(), policeReferral).statusCode(200);
        given().header("Authorization", Agencies.policeSystem()).queryParam("size", 100).when().get("/api/referrals")
                .then().statusCode(200).body("items.id", hasItem(policeReferral));
    }

    @Test
    void theHubSeesReferralsOfItsArea() {
        Api.read(Agencies.hubScreener(), policeReferral).statusCode(200);
        given().header("Authorization", Agencies.hubScreener()).queryParam("size", 100).when().get("/api/referrals")
                .then().statusCode(200).body("items.id", hasItem(policeReferral));
    }

    @Test
    void aCharityWorkersAttemptIsInTheAuditTrail() {
        Api.read(Agencies.charityWorker(), policeReferral).statusCode(404);
        given().header("Authorization", Agencies.auditor())
                .queryParam("resourceId", policeReferral).queryParam("agency", Agencies.CHARITY).queryParam("outcome", "denied")
                .when().get("/api/audit/referral")
                .then().statusCode(200)
                .body("items.action", hasItem("read"))
                .body("items.username", hasItem("cw.brown"));
    }

    @Test
    void aMissingReferralIsAlso404AndAudited() {
        String missing = java.util.UUID.randomUUID().toString();
        Api.read(Agencies.hubScreener(), missing).statusCode(404);
        given().header("Authorization", Agencies.auditor()).queryParam("resourceId", missing).queryParam("outcome", "not-found")
                .when().get("/api/audit/referral").then().statusCode(200).body("items.resourceId", hasItem(missing));
    }

    @Test
    void onlyAuditorsReadTheAuditTrail() {
        given().header("Authorization", Agencies.hubScreener()).when().get("/api/audit/referral").then().statusCode(403);
    }

    @Test
    void anotherAgencyCannotActOnTheReferral() {
        Api.actWith(Agencies.charityWorker(), policeReferral, "withdraw", Map.of("reason", "not mine"), "\"0\"").statusCode(404);
        Api.actWith(Agencies.westbrookScreener(), policeReferral, "triage", null, "\"0\"").statusCode(404);
        Api.actWith(Agencies.teacher(), policeReferral, "accept", Map.of("leadAgency", Agencies.SCHOOL), "\"0\"").statusCode(403);
    }
}
