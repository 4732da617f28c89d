package org.earlyhelp.consent.consent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.earlyhelp.consent.ConsentApi.read;
import static org.earlyhelp.consent.ConsentApi.record;
import static org.earlyhelp.consent.ConsentApi.recorded;
import static org.earlyhelp.consent.ConsentApi.withdraw;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.consent.ConsentApi;
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

/**
 * Practitioners record consent about people their agency works with, read it back with its
 * version, and change it only from the version they read; everyone else is told nothing.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ConsentRecordingTest {

    @Inject
    ParticipationFixture participation;

    private UUID child;

    @BeforeEach
    void policeReferredTheChild() {
        child = UUID.randomUUID();
        participation.referralSubmitted(child, "northshire-police");
    }

    @Test
    void aPractitionerOfAParticipatingAgencyRecordsConsentAsVersionOne() {
        UUID consent = UUID.fromString(record(Staff.policeOfficer(), Consents.parentalConsentFor(child))
                .statusCode(201)
                .header("ETag", "\"1\"")
                .header("Location", startsWith("http"))
                .body("version", equalTo(1))
                .body("status", equalTo("active"))
                .body("personId", equalTo(child.toString()))
                .body("grantor.kind", equalTo("parent-with-parental-responsibility"))
                .body("method", equalTo("written"))
                .body("provisions[0].type", equalTo("permit"))
                .body("provisions[0].purposes", contains("team-around-family"))
                .body("provisions[0].recipientAgencyTypes", containsInAnyOrder("charity", "health"))
                .body("provisions[0].dataCategories", containsInAnyOrder("identity", "contact", "concerns"))
                .body("recordedBy.username", equalTo("pc.hughes"))
                .body("recordedBy.agency", equalTo("northshire-police"))
                .extract().path("id"));

        read(Staff.policeOfficer(), consent).statusCode(200).header("ETag", "\"1\"").body("evidenceReference", equalTo("DOC-2026-0042"));
    }

    @Test
    void theHubOfTheAreaRecordsForAChildReferredThereAndNoRoleAloneReachesIt() {
        UUID referredBySchool = UUID.randomUUID();
        participation.referralSubmitted(referredBySchool, "eastmere-academy");
        UUID consent = recorded(Staff.hubTriage(), Consents.parentalConsentFor(referredBySchool));

        read(Staff.schoolPractitioner(), consent).statusCode(200);
        read(Staff.healthVisitorLead(), consent).statusCode(404);
        read(Staff.auditor(), consent).statusCode(404);
        read(Staff.policeOfficer(), consent).statusCode(404);
    }

    @Test
    void withoutATokenNothingIsAnswered() {
        given().contentType(ContentType.JSON).body(Consents.parentalConsentFor(child).body())
                .when().post("/api/consents").then().statusCode(401).contentType("application/problem+json");
        given().when().get("/api/consents/" + UUID.randomUUID()).then().statusCode(401);
        given().when().get("/api/consents").then().statusCode(401);
    }

    @Test
    void rolesThatMayNotRecordConsentAreForbidden() {
        record(Staff.auditor(), Consents.parentalConsentFor(child)).statusCode(403).contentType("application/problem+json");
        record(Staff.policeSystem(), Consents.parentalConsentFor(child)).statusCode(403);
        record(Staff.hubDirectoryAdmin(), Consents.parentalConsentFor(child)).statusCode(403);
        given().header("Authorization", Staff.hubDirectoryAdmin().bearer()).when().get("/api/consents").then().statusCode(403);
    }

    @Test
    void anAgencyThatDoesNotWorkWithThePersonCannotRecordNorReadNorLearnTheRecordExists() {
        UUID consent = recorded(Staff.policeOfficer(), Consents.parentalConsentFor(child));

        record(Staff.charityWorker(), Consents.parentalConsentFor(child)).statusCode(404);
        UUID unknown = UUID.randomUUID();
        String unknownDetail = read(Staff.charityWorker(), unknown).statusCode(404).extract().path("detail");
        read(Staff.charityWorker(), consent).statusCode(404)
                .body("detail", equalTo(unknownDetail.replace(unknown.toString(), consent.toString())));
        withdraw(Staff.charityWorker(), consent, null).statusCode(404);
        given().header("Authorization", Staff.charityWorker().bearer()).when().get("/api/consents/" + consent + "/versions")
                .then().statusCode(404);
        given().header("Authorization", Staff.charityWorker().bearer()).when().get("/api/consents/" + consent + "/fhir")
                .then().statusCode(404);
    }

    @Test
    void listsShowOnlyConsentsAboutPeopleTheAgencyWorksWith() {
        UUID theirs = recorded(Staff.policeOfficer(), Consents.parentalConsentFor(child));
        UUID other = UUID.randomUUID();
        participation.referralSubmitted(other, "brightstart-family-support");
        recorded(Staff.charityWorker(), Consents.parentalConsentFor(other));

        given().header("Authorization", Staff.policeOfficer().bearer()).queryParam("person", child)
                .when().get("/api/consents").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(theirs.toString()));
        given().header("Authorization", Staff.policeOfficer().bearer()).queryParam("person", other)
                .when().get("/api/consents").then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", Staff.auditor().bearer()).queryParam("person", other)
                .when().get("/api/consents").then().statusCode(200).body("total", equalTo(0));

        ConsentApi.decide(Staff.charityWorker(), Questions.charityJoiningTeam(other)).statusCode(201);
        given().header("Authorization", Staff.auditor().bearer()).queryParam("person", other)
                .when().get("/api/consents").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void anAmendmentFromTheCurrentVersionMakesTheNextVersionAndKeepsTheOld() {
        UUID consent = recorded(Staff.policeOfficer(), Consents.parentalConsentFor(child));

        amend(Staff.policeOfficer(), consent, "\"1\"", Consents.parentalConsentFor(child).permit("onward-referral")
                .toAgencies("northshire-recovery").categories("identity"))
                .statusCode(200).header("ETag", "\"2\"").body("version", equalTo(2)).body("provisions.size()", equalTo(2));

        given().header("Authorization", Staff.policeOfficer().bearer()).when().get("/api/consents/" + consent + "/versions")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.version", contains(2, 1))
                .body("items.change", contains("amended", "recorded"))
                .body("items[1].consent.provisions.size()", equalTo(1));
        given().header("Authorization", Staff.policeOfficer().bearer()).when().get("/api/consents/" + consent + "/versions/1")
                .then().statusCode(200).body("consent.version", equalTo(1)).body("changedBy", equalTo("pc.hughes"));
    }

    @Test
    void anAmendmentFromAnOlderVersionIsRefusedWithTheCurrentETag() {
        UUID consent = recorded(Staff.policeOfficer(), Consents.parentalConsentFor(child));
        amend(Staff.policeOfficer(), consent, "\"1\"", Consents.parentalConsentFor(child)).statusCode(200);

        amend(Staff.hubTriage(), consent, "\"1\"", Consents.parentalConsentFor(child))
                .statusCode(412).header("ETag", "\"2\"").contentType("application/problem+json");
    }

    @Test
    void anAmendmentWithoutIfMatchIsRefusedAsPreconditionRequired() {
        UUID consent = recorded(Staff.policeOfficer(), Consents.parentalConsentFor(child));

        amend(Staff.policeOfficer(), consent, null, Consents.parentalConsentFor(child)).statusCode(428)
                .contentType("application/problem+json");
        amend(Staff.policeOfficer(), consent, "*", Consents.parentalConsentFor(child)).statusCode(412);
    }

    @Test
    void aConsentCannotMoveToAnotherPerson() {
        UUID consent = recorded(Staff.policeOfficer(), Consents.parentalConsentFor(child));

        amend(Staff.hubTriage(), consent, "\"1\"", Consents.parentalConsentFor(UUID.randomUUID())).statusCode(422);
    }

    @Test
    void aWithdrawnConsentIsFinal() {
        UUID consent = recorded(Staff.policeOfficer(), Consents.parentalConsentFor(child));
        withdraw(Staff.policeOfficer(), consent, "Mother withdrew consent by phone").statusCode(200)
                .header("ETag", "\"2\"").body("status", equalTo("withdrawn"))
                .body("ended.by", equalTo("pc.hughes")).body("ended.reason", equalTo("Mother withdrew consent by phone"));

        withdraw(Staff.policeOfficer(), consent, null).statusCode(409);
        amend(Staff.policeOfficer(), consent, "\"2\"", Consents.parentalConsentFor(child)).statusCode(409);
    }

    @Test
    void aWithdrawalNamingAnOldVersionIsRefused() {
        UUID consent = recorded(Staff.policeOfficer(), Consents.parentalConsentFor(child));
        amend(Staff.policeOfficer(), consent, "\"1\"", Consents.parentalConsentFor(child)).statusCode(200);

        given().header("Authorization", Staff.policeOfficer().bearer()).header("If-Match", "\"1\"")
                .contentType(ContentType.JSON).body("{}")
                .when().post("/api/consents/" + consent + "/withdrawal").then().statusCode(412);
        read(Staff.policeOfficer(), consent).body("status", equalTo("active"));
    }

    @Test
    void aPermitThatDoesNotSayWhatItPermitsIsRefused() {
        record(Staff.policeOfficer(), Consents.parentalConsentFor(child).permit("referral").categories("identity"))
                .statusCode(422).body("detail", startsWith("A permit provision must name"));
    }

    @Test
    void aRefusalIsWrittenAsDenyProvisions() {
        record(Staff.policeOfficer(), Consents.refusalFor(child)).statusCode(201).body("status", equalTo("refused"));
        record(Staff.policeOfficer(), Consents.refusalFor(child).permit("referral").toAgencyTypes("police").categories("identity"))
                .statusCode(422);
    }

    @Test
    void aRetriedRecordingWithTheSameIdempotencyKeyRecordsOnce() {
        String key = "consent-" + UUID.randomUUID();
        String first = given().header("Authorization", Staff.policeOfficer().bearer()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Consents.parentalConsentFor(child).body())
                .when().post("/api/consents").then().statusCode(201).extract().path("id");
        String again = given().header("Authorization", Staff.policeOfficer().bearer()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Consents.parentalConsentFor(child).body())
                .when().post("/api/consents").then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");

        assertThat(again).isEqualTo(first);
        given().header("Authorization", Staff.policeOfficer().bearer()).queryParam("person", child)
                .when().get("/api/consents").then().body("total", equalTo(1));
    }

    @Test
    void aWrongAgencysAttemptToReadIsInTheAuditTrail() {
        UUID consent = recorded(Staff.policeOfficer(), Consents.parentalConsentFor(child));

        read(Staff.charityWorker(), consent).statusCode(404);

        given().header("Authorization", Staff.auditor().bearer())
                .queryParam("resourceId", consent).queryParam("outcome", "denied")
                .when().get("/api/audit/consent").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].agency", equalTo("brightstart-family-support"))
                .body("items[0].action", equalTo("read"));
    }

    private static io.restassured.response.ValidatableResponse amend(Tokens who, UUID consent, String ifMatch, Consents body) {
        var request = given().header("Authorization", who.bearer()).contentType(ContentType.JSON).body(body.body());
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put("/api/consents/" + consent).then();
    }
}
