package org.earlyhelp.consent.decision;

import static org.earlyhelp.consent.ConsentApi.decide;
import static org.earlyhelp.consent.ConsentApi.recorded;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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

/**
 * A sharing question trusts nothing the caller says about the recipient (issue 22): the recipient
 * is named by code and its type is the agency register's; and only those who reach the person (a
 * partner system only about its own agency receiving) get an answer. Anyone else gets the same 404
 * as for a person nobody knows, never a {@code deny} that tells it a consent exists.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class SharingQuestionReachTest {

    @Inject
    ParticipationFixture participation;

    private UUID child;

    @BeforeEach
    void policeReferredTheChildAndTheFamilyConsentedToCharitiesAndHealth() {
        child = UUID.randomUUID();
        participation.referralSubmitted(child, "northshire-police");
        recorded(Staff.policeOfficer(), Consents.parentalConsentFor(child));
    }

    @Test
    void theRecipientsTypeComesFromTheRegisterNotFromTheQuestion() {
        decide(Staff.policeOfficer(), Questions.statingType(child, "northshire-police", "charity", "team-around-family", "identity"))
                .statusCode(400).body("violations.field", hasItem("recipient.agencyType"));
        decide(Staff.policeSystem(), Questions.statingType(child, "northshire-police", "charity", "team-around-family", "identity"))
                .statusCode(400);

        decide(Staff.policeSystem(), Questions.question(child, "northshire-police", "team-around-family", "identity"))
                .statusCode(201)
                .body("outcome", equalTo("deny")).body("reasons", contains("recipient-not-covered"))
                .body("question.recipient.agencyType", equalTo("police"));
        decide(Staff.policeOfficer(), Questions.charityJoiningTeam(child))
                .statusCode(201).body("outcome", equalTo("permit")).body("question.recipient.agencyType", equalTo("charity"));
    }

    @Test
    void aRecipientTheRegisterDoesNotKnowIsRefusedNamingTheField() {
        decide(Staff.policeOfficer(), Questions.question(child, "northshire-nobody", "team-around-family", "identity"))
                .statusCode(422).contentType("application/problem+json").body("violations.field", org.hamcrest.Matchers.hasItem("recipient.agency"));
    }

    @Test
    void aPartnerSystemOfAnUnrelatedAgencyIsToldNothingAboutThePerson() {
        String unknownPerson = decide(Staff.charitySystem(), Questions.charityJoiningTeam(UUID.randomUUID()))
                .statusCode(404).extract().path("detail");

        decide(Staff.charitySystem(), Questions.charityJoiningTeam(child))
                .statusCode(404).contentType("application/problem+json").body("detail", equalTo(unknownPerson));
        decide(Staff.dwpSystem(), Questions.question(child, "dwp-northshire", "team-around-family", "identity"))
                .statusCode(404).body("detail", equalTo(unknownPerson));
    }

    @Test
    void aPartnerSystemOfAParticipantAsksOnlyAboutItsOwnAgency() {
        decide(Staff.policeSystem(), Questions.question(child, "northshire-police", "referral", "identity")).statusCode(201);
        decide(Staff.policeSystem(), Questions.charityJoiningTeam(child)).statusCode(404);
    }

    @Test
    void aPractitionerOrCaseLeadWithoutALinkToThePersonCannotAsk() {
        decide(Staff.mentalHealthLead(), Questions.charityJoiningTeam(child)).statusCode(404);
        decide(Staff.schoolPractitioner(), Questions.charityJoiningTeam(child)).statusCode(404);
        decide(Staff.hubPractitioner(), Questions.charityJoiningTeam(child)).statusCode(404);
        decide(Staff.hubTriageOf("kingsfold"), Questions.charityJoiningTeam(child)).statusCode(404);
        decide(Staff.hubTriageOf("eastmere"), Questions.charityJoiningTeam(child)).statusCode(201);
    }

    @Test
    void decisionsAboutThePersonAreNotListedForThoseWhoMayNotSeeThem() {
        decide(Staff.policeOfficer(), Questions.charityJoiningTeam(child)).statusCode(201);

        io.restassured.RestAssured.given().header("Authorization", Staff.mentalHealthLead().bearer()).queryParam("person", child)
                .when().get("/api/sharing-decisions").then().statusCode(200).body("total", equalTo(0));
        io.restassured.RestAssured.given().header("Authorization", Staff.mentalHealthLead().bearer()).queryParam("person", child)
                .when().get("/api/lawful-bases").then().statusCode(200).body("total", equalTo(0));
        io.restassured.RestAssured.given().header("Authorization", Staff.auditor().bearer()).queryParam("person", child)
                .when().get("/api/sharing-decisions").then().statusCode(200).body("total", equalTo(1));
    }
}
