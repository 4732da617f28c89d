package org.earlyhelp.cases.dataprotection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.earlyhelp.cases.Agencies;
import org.earlyhelp.cases.Api;
import org.earlyhelp.cases.StubNeighbours;
import org.earlyhelp.cases.consent.ConsentFeed;
import org.earlyhelp.cases.opening.ReferralFeed;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * A data protection officer's restriction and rectification, as case-service follows them from consent-service's feed
 * (decision 0062): while a person (or anyone a confirmed match links to them) is restricted, every case naming them is
 * shown as restricted and every change of it answers 409 {@code processing-restricted} and stores nothing; a
 * rectification corrects the person's details on every case naming them, and the history says only that.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(StubNeighbours.class)
class RestrictionAndRectificationTest {

    @Inject
    ReferralFeed referrals;
    @Inject
    ConsentFeed consents;

    @Test
    void aCaseNamingARestrictedPersonIsShownRestrictedAndRefusesEveryChangeUntilTheRestrictionIsLifted() {
        CaseFiles.Built built = CaseFiles.worked(referrals, LocalDate.of(2015, 1, 2));
        String caseId = built.caseId();
        String lead = Agencies.healthVisitorLead();
        UUID knownAs = linkParent(built);
        String action = Api.get(lead, "/api/cases/" + caseId + "/actions").statusCode(200).extract().path("items[0].id");
        UUID request = UUID.randomUUID();

        consents.deliver("person.restricted", knownAs, restriction(knownAs, request));

        Api.read(lead, caseId).statusCode(200).body("restricted", equalTo(true))
                .body("family.find { it.personId == '" + built.family().parent + "' }.restricted", equalTo(true))
                .body("family.find { it.personId == '" + built.family().child + "' }.restricted", equalTo(false));
        Api.get(lead, "/api/cases").statusCode(200).body("items.find { it.id == '" + caseId + "' }.restricted", equalTo(true));
        Api.get(lead, "/api/caseload?scope=agency").statusCode(200)
                .body("items.find { it.id == '" + caseId + "' }.restricted", equalTo(true));
        String etag = Api.etag(lead, caseId);
        long notes = Api.get(lead, "/api/cases/" + caseId + "/notes").statusCode(200).extract().jsonPath().getLong("total");
        long history = Api.get(lead, "/api/cases/" + caseId + "/history").statusCode(200).extract().jsonPath().getLong("total");
        int questions = StubNeighbours.questionsAbout(built.family().child).size();
        StubNeighbours.permit(built.family().child, Agencies.RECOVERY, UUID.randomUUID());
        StubNeighbours.permit(built.family().parent, Agencies.RECOVERY, UUID.randomUUID());

        Map<String, Supplier<ValidatableResponse>> writes = new LinkedHashMap<>();
        writes.put("note", () -> Api.post(lead, "/api/cases/" + caseId + "/notes", Map.of("text", "A visit")));
        writes.put("team member's note", () -> Api.post(Agencies.charityLead(), "/api/cases/" + caseId + "/notes",
                Map.of("text", "A visit")));
        writes.put("need", () -> Api.request(lead, etag).body(Map.of("severity", "low", "notes", "Better"))
                .when().put("/api/cases/" + caseId + "/needs/housing").then());
        writes.put("action", () -> Api.post(lead, "/api/cases/" + caseId + "/actions", Map.of("description", "Call",
                "ownerAgency", Agencies.HEALTH_VISITING, "dueDate", LocalDate.now().plusDays(3).toString())));
        writes.put("action status", () -> Api.actWith(lead, caseId, "actions/" + action + "/status", Map.of("status", "done"), etag));
        writes.put("team member", () -> Api.post(lead, "/api/cases/" + caseId + "/members",
                Map.of("agency", Agencies.RECOVERY, "role", "recovery support")));
        writes.put("review", () -> Api.post(lead, "/api/cases/" + caseId + "/reviews", Map.of("heldOn", LocalDate.now().toString(),
                "nextReviewDue", LocalDate.now().plusWeeks(6).toString(), "attendees", List.of(Map.of("name", "Jo")),
                "progress", List.of())));
        writes.put("transfer", () -> Api.post(lead, "/api/cases/" + caseId + "/transfers",
                Map.of("toAgency", Agencies.CHARITY, "reason", "Parenting now")));
        writes.put("closure", () -> Api.actWith(lead, caseId, "close", Map.of("reason", "Done", "outcomes",
                List.of(Map.of("need", "housing", "outcome", "needs-met"))), etag));
        writes.put("family member", () -> Api.post(lead, "/api/cases/" + caseId + "/people",
                Map.of("givenName", "Jo", "familyName", "Hand")));
        writes.put("take the lead", () -> Api.actWith(lead, caseId, "take-lead", null, etag));
        writes.forEach((what, write) -> write.get().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/processing-restricted")));

        Api.read(lead, caseId).statusCode(200).header("ETag", equalTo(etag));
        Api.get(lead, "/api/cases/" + caseId + "/notes").statusCode(200).body("total", equalTo((int) notes));
        Api.get(lead, "/api/cases/" + caseId + "/history").statusCode(200).body("total", equalTo((int) history));
        assertThat(StubNeighbours.questionsAbout(built.family().child)).as("no sharing question asked").hasSize(questions);

        consents.deliver("person.restriction-lifted", knownAs, restriction(knownAs, UUID.randomUUID()));

        Api.read(lead, caseId).statusCode(200).body("restricted", equalTo(false));
        writes.get("note").get().statusCode(201);
    }

    @Test
    void aRectificationCorrectsThePersonOnTheCaseAndTheHistorySaysOnlyThat() {
        CaseFiles.Built built = CaseFiles.open(referrals, LocalDate.of(2015, 1, 2));
        Map<String, Object> rectified = new LinkedHashMap<>();
        rectified.put("personId", built.family().child.toString());
        rectified.put("givenName", "Rylee");
        rectified.put("familyName", null);
        rectified.put("dateOfBirth", "2015-02-01");
        rectified.put("requestId", UUID.randomUUID().toString());
        rectified.put("requestedBy", "dpo.reid");
        rectified.put("at", "2026-12-06T10:00:00Z");

        consents.deliver("person.rectified", built.family().child, rectified);

        String lead = Agencies.healthVisitorLead();
        String child = "family.find { it.personId == '" + built.family().child + "' }";
        Api.read(lead, built.caseId()).statusCode(200).body(child + ".givenName", equalTo("Rylee"))
                .body(child + ".familyName", equalTo("Fam" + built.marker()))
                .body(child + ".dateOfBirth", equalTo("2015-02-01"));
        Api.get(lead, "/api/cases/" + built.caseId() + "/history?size=100").statusCode(200)
                .body("items.detail", hasItem("identifying details corrected by the data protection officer"))
                .body("items.find { it.action == 'person-rectified' }.reason", nullValue())
                .body("items.find { it.action == 'person-rectified' }.by", equalTo("rectification:dpo.reid"));
    }

    /** Links the family's parent to another id, as a confirmed match does; the other id. */
    private UUID linkParent(CaseFiles.Built built) {
        UUID knownAs = UUID.randomUUID();
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("referralId", UUID.randomUUID().toString());
        link.put("referringAgency", Agencies.POLICE);
        link.put("area", "eastmere");
        link.put("mintedPersonId", built.family().parent.toString());
        link.put("personId", knownAs.toString());
        link.put("personIds", List.of(built.family().parent.toString()));
        referrals.deliver("referral.person-linked", link);
        return knownAs;
    }

    private static Map<String, Object> restriction(UUID person, UUID request) {
        return Map.of("personId", person.toString(), "requestId", request.toString(), "requestedBy", "dpo.reid",
                "at", "2026-12-06T10:00:00Z");
    }
}
