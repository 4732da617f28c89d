package org.earlyhelp.consent.decision;

import static io.restassured.RestAssured.given;
import static org.earlyhelp.consent.ConsentApi.decide;
import static org.earlyhelp.consent.ConsentApi.recorded;
import static org.earlyhelp.consent.ConsentApi.withdraw;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.consent.Consents;
import org.earlyhelp.consent.Questions;
import org.earlyhelp.consent.Staff;
import org.earlyhelp.consent.participation.ParticipationFixture;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Sharing decisions over HTTP: permitted by a consent (naming its version), denied with reasons,
 * changed at once by a withdrawal, kept for the record, and asked only by those entitled to ask.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class SharingDecisionTest {

    @Inject
    ParticipationFixture participation;

    private UUID child;

    @BeforeEach
    void healthVisitingWorksWithTheChild() {
        child = UUID.randomUUID();
        participation.referralSubmitted(child, "northshire-health-visiting");
    }

    @Test
    void aConsentCoveringTheSharePermitsItAndIsNamedWithItsVersion() {
        UUID consent = recorded(Staff.healthVisitorLead(), Consents.parentalConsentFor(child));

        decide(Staff.healthVisitorLead(), Questions.charityJoiningTeam(child))
                .statusCode(201)
                .body("outcome", equalTo("permit"))
                .body("reasons", contains("consent-permits"))
                .body("basis.consentId", equalTo(consent.toString()))
                .body("basis.consentVersion", equalTo(1))
                .body("question.recipient.agency", equalTo("brightstart-family-support"))
                .body("question.dataCategories", containsInAnyOrder("identity", "concerns"))
                .body("askedBy", equalTo("hv.morgan"));
    }

    @Test
    void withoutAnyConsentTheShareIsDenied() {
        decide(Staff.healthVisitorLead(), Questions.charityJoiningTeam(child))
                .statusCode(201).body("outcome", equalTo("deny")).body("reasons", contains("no-consent")).body("basis", nullValue());
    }

    @Test
    void aWithdrawalChangesTheVeryNextDecision() {
        UUID consent = recorded(Staff.healthVisitorLead(), Consents.parentalConsentFor(child));
        decide(Staff.healthVisitorLead(), Questions.charityJoiningTeam(child)).body("outcome", equalTo("permit"));

        withdraw(Staff.healthVisitorLead(), consent, "Mother withdrew consent at the review").statusCode(200);

        decide(Staff.healthVisitorLead(), Questions.charityJoiningTeam(child))
                .statusCode(201).body("outcome", equalTo("deny")).body("reasons", contains("consent-withdrawn"));
    }

    @Test
    void aShareBeyondWhatWasConsentedIsDeniedSayingWhatIsMissing() {
        recorded(Staff.healthVisitorLead(), Consents.parentalConsentFor(child));

        decide(Staff.healthVisitorLead(), Questions.question(child, "brightstart-family-support", "team-around-family",
                "identity", "health")).body("outcome", equalTo("deny")).body("reasons", contains("categories-not-covered"));
        decide(Staff.healthVisitorLead(), Questions.drugServiceReferral(child))
                .body("outcome", equalTo("deny")).body("reasons", contains("purpose-not-covered"));
        decide(Staff.healthVisitorLead(), Questions.question(child, "northshire-police", "team-around-family",
                "identity")).body("outcome", equalTo("deny")).body("reasons", contains("recipient-not-covered"));
    }

    /** After a withdrawal no person is signed in: case-service asks again on its own account, and only it may. */
    @Test
    void caseServiceMayAskAgainOnItsOwnAccountButAFeedReaderMayNot() {
        recorded(Staff.healthVisitorLead(), Consents.parentalConsentFor(child));

        decide(Staff.caseService().roles("sharing-recheck"), Questions.charityJoiningTeam(child)).statusCode(201)
                .body("outcome", equalTo("permit"));
        decide(Staff.caseService(), Questions.charityJoiningTeam(child)).statusCode(403);
    }

    @Test
    void aDenyProvisionWinsOverAPermitAndIsNamedAsTheBasis() {
        recorded(Staff.healthVisitorLead(), Consents.parentalConsentFor(child));
        UUID refusal = recorded(Staff.healthVisitorLead(), Consents.refusalFor(child).with("personName", "Riley Carter"));
        recorded(Staff.healthVisitorLead(), Consents.parentalConsentFor(child).permit("onward-referral")
                .toAgencyTypes("substance-misuse").categories("identity", "concerns"));

        decide(Staff.healthVisitorLead(), Questions.drugServiceReferral(child))
                .body("outcome", equalTo("deny")).body("reasons", contains("consent-refused"))
                .body("basis.consentId", equalTo(refusal.toString()));
    }

    @Test
    void everyDecisionIsKeptAndReadableByThoseWhoMaySeeThePerson() {
        String permit = decide(Staff.healthVisitorLead(), Questions.charityJoiningTeam(child)).extract().path("id");

        given().header("Authorization", Staff.healthVisitorLead().bearer()).when().get("/api/sharing-decisions/" + permit)
                .then().statusCode(200).body("outcome", equalTo("deny"));
        given().header("Authorization", Staff.auditor().bearer()).queryParam("person", child)
                .when().get("/api/sharing-decisions").then().statusCode(200).body("total", equalTo(1));
        given().header("Authorization", Staff.charityWorker().bearer()).when().get("/api/sharing-decisions/" + permit)
                .then().statusCode(404);
        given().header("Authorization", Staff.charityWorker().bearer()).queryParam("person", child)
                .when().get("/api/sharing-decisions").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aPractitionerWhoseAgencyDoesNotWorkWithThePersonCannotAsk() {
        decide(Staff.charityWorker(), Questions.charityJoiningTeam(child)).statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aPartnerSystemAsksOnlyAboutItsOwnAgencyReceivingAboutAPersonItsAgencyWorksWith() {
        participation.caseMemberAdded(UUID.randomUUID(), child, "brightstart-family-support");
        recorded(Staff.healthVisitorLead(), Consents.parentalConsentFor(child));

        decide(Staff.charitySystem(), Questions.charityJoiningTeam(child)).statusCode(201).body("outcome", equalTo("permit"));
        decide(Staff.charitySystem(), Questions.drugServiceReferral(child)).statusCode(404).contentType("application/problem+json");
        decide(Staff.policeSystem(), Questions.question(child, "northshire-police", "team-around-family", "identity"))
                .statusCode(404);
    }

    @Test
    void anAuditorReadsDecisionsButDoesNotAskForThem() {
        decide(Staff.auditor(), Questions.charityJoiningTeam(child)).statusCode(403);
    }

    @Test
    void aDecisionCanBeRetriedSafelyWithAnIdempotencyKey() {
        String key = "decision-" + UUID.randomUUID();
        String first = given().header("Authorization", Staff.healthVisitorLead().bearer()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Questions.charityJoiningTeam(child))
                .when().post("/api/sharing-decisions").then().statusCode(201).extract().path("id");

        given().header("Authorization", Staff.healthVisitorLead().bearer()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Questions.charityJoiningTeam(child))
                .when().post("/api/sharing-decisions").then().statusCode(201).body("id", equalTo(first));
        given().header("Authorization", Staff.healthVisitorLead().bearer()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Questions.drugServiceReferral(child))
                .when().post("/api/sharing-decisions").then().statusCode(422);
    }
}
