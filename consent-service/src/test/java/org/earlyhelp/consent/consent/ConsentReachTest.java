package org.earlyhelp.consent.consent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.earlyhelp.consent.ConsentApi.decide;
import static org.earlyhelp.consent.ConsentApi.read;
import static org.earlyhelp.consent.ConsentApi.record;
import static org.earlyhelp.consent.ConsentApi.recorded;
import static org.earlyhelp.consent.ConsentApi.withdraw;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.consent.Consents;
import org.earlyhelp.consent.EventFeed;
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

/**
 * Consent records are reached through participation, not through a role (issue 22): a case lead of
 * an agency with no link to a family reads, changes, withdraws and records nothing about it, finds
 * nothing in lists and searches, and recording never makes an agency a participant.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ConsentReachTest {

    @Inject
    ParticipationFixture participation;

    private UUID child;
    private UUID consent;

    @BeforeEach
    void healthVisitingLeadsTheChildsCaseAndTheCharityIsOnTheTeam() {
        child = UUID.randomUUID();
        participation.referralSubmitted(child, "northshire-police");
        UUID caseId = participation.caseOpened(child, "northshire-health-visiting");
        participation.caseMemberAdded(caseId, child, "brightstart-family-support");
        consent = recorded(Staff.healthVisitorLead(), Consents.parentalConsentFor(child));
    }

    @Test
    void aCaseLeadOfAnUnrelatedAgencyReadsNothingAboutTheFamily() {
        read(Staff.mentalHealthLead(), consent).statusCode(404);
        given().header("Authorization", Staff.mentalHealthLead().bearer()).when().get("/api/consents/" + consent + "/fhir")
                .then().statusCode(404);
        given().header("Authorization", Staff.mentalHealthLead().bearer()).when().get("/api/consents/" + consent + "/versions/1")
                .then().statusCode(404);
        given().header("Authorization", Staff.mentalHealthLead().bearer()).queryParam("person", child)
                .when().get("/api/consents").then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", Staff.mentalHealthLead().bearer()).queryParam("size", 100)
                .when().get("/api/consents").then().statusCode(200).body("items.id", not(hasItem(consent.toString())));
    }

    @Test
    void aCaseLeadOfAnUnrelatedAgencyCannotChangeNorWithdrawTheFamilysConsent() {
        given().header("Authorization", Staff.mentalHealthLead().bearer()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Consents.parentalConsentFor(child).toAgencies("northshire-mental-health").body())
                .when().put("/api/consents/" + consent).then().statusCode(404);
        withdraw(Staff.mentalHealthLead(), consent, "Withdrawn by someone who never met the family").statusCode(404);

        read(Staff.healthVisitorLead(), consent).statusCode(200).body("status", equalTo("active")).body("version", equalTo(1));
        assertThat(EventFeed.about(Staff.caseService(), "consent.withdrawn", consent)).isEmpty();
        decide(Staff.healthVisitorLead(), Questions.charityJoiningTeam(child)).body("outcome", equalTo("permit"));
    }

    @Test
    void aCaseLeadCannotRecordAConsentAboutAStrangerNorThenGetAPermitOnIt() {
        UUID stranger = UUID.randomUUID();
        participation.referralSubmitted(stranger, "eastmere-academy");

        record(Staff.mentalHealthLead(), Consents.parentalConsentFor(stranger).permit("team-around-family")
                .toAgencies("northshire-mental-health").categories("identity", "concerns")).statusCode(404);
        decide(Staff.mentalHealthLead(), Questions.question(stranger, "northshire-mental-health", "team-around-family", "identity"))
                .statusCode(404);
        given().header("Authorization", Staff.mentalHealthLead().bearer()).contentType(ContentType.JSON)
                .body(Map.of("personId", stranger.toString(), "kind", "risk-of-significant-harm",
                        "justification", "Says there is a risk, but has never met the family.", "decidedBy", Map.of("name", "Anyone"),
                        "purposes", List.of("team-around-family"), "recipientAgencies", List.of("northshire-mental-health"),
                        "dataCategories", List.of("identity")))
                .when().post("/api/lawful-bases").then().statusCode(404);
    }

    @Test
    void recordingAConsentMakesNoAgencyAParticipant() {
        UUID recordedByTheHub = recorded(Staff.hubTriageOf("eastmere"), Consents.parentalConsentFor(child)
                .permit("onward-referral").toAgencies("dwp-northshire").categories("identity"));

        read(Staff.hubPractitioner(), recordedByTheHub).statusCode(404);
        read(Staff.hubTriageOf("westbrook"), recordedByTheHub).statusCode(404);
        read(Tokens.user("dwp.jones").agency("dwp-northshire", "dwp").roles("practitioner"), recordedByTheHub).statusCode(404);
        assertThat(EventFeed.about(Staff.dwpSystem(), "consent.recorded", recordedByTheHub)).as("named, not taking part").isEmpty();
    }

    @Test
    void aPersonIdNobodyReferredIsNotFoundEvenForTheHub() {
        UUID unknown = UUID.randomUUID();

        record(Staff.hubTriage(), Consents.parentalConsentFor(unknown)).statusCode(404).contentType("application/problem+json");
        decide(Staff.hubTriage(), Questions.charityJoiningTeam(unknown)).statusCode(404);
    }

    @Test
    void theHubsDirectoryAdminAndAuditorReadNoConsentEventsAndTheHubOfTheAreaDoes() {
        withdraw(Staff.healthVisitorLead(), consent, "Mother withdrew consent").statusCode(200);

        assertThat(EventFeed.readAll(Staff.hubDirectoryAdmin())).isEmpty();
        assertThat(EventFeed.readAll(Staff.auditor())).isEmpty();
        assertThat(EventFeed.about(Staff.mentalHealthLead(), "consent.withdrawn", consent)).isEmpty();
        assertThat(EventFeed.about(Staff.hubTriageOf("kingsfold"), "consent.withdrawn", consent)).isEmpty();
        assertThat(EventFeed.about(Staff.hubTriageOf("eastmere"), "consent.withdrawn", consent)).hasSize(1);
        assertThat(EventFeed.about(Staff.charityWorker(), "consent.withdrawn", consent)).hasSize(1);
    }

    @Test
    void aPersonLinkedToAnEarlierIdIsReachedByTheHubOfTheNewReferralsArea() {
        UUID minted = UUID.randomUUID();
        UUID referral = participation.referralSubmitted(minted, "eastmere-academy", "westbrook");
        read(Staff.hubTriageOf("westbrook"), consent).statusCode(404);

        participation.personLinked(referral, "eastmere-academy", minted, child);

        read(Staff.hubTriageOf("westbrook"), consent).statusCode(200);
        read(Staff.schoolPractitioner(), consent).statusCode(200);
    }

    @Test
    void aFamilyMemberAddedToACaseByHandIsReachedByTheCasesLeadAndTeam() {
        UUID caseId = participation.caseOpened(child, "northshire-recovery");
        UUID baby = UUID.randomUUID();
        record(Staff.recoveryWorker(), Consents.parentalConsentFor(baby)).statusCode(404);

        participation.casePersonAdded(caseId, baby);

        record(Staff.recoveryWorker(), Consents.parentalConsentFor(baby)).statusCode(201);
        record(Staff.charityWorker(), Consents.parentalConsentFor(baby)).statusCode(404);
    }
}
