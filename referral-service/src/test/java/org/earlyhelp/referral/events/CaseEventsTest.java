package org.earlyhelp.referral.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.cases.contract.CaseFeed;
import org.earlyhelp.platform.events.CloudEvent;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.Tokens;
import org.earlyhelp.referral.StubSharingGate;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * What referral-service takes from case-service's feed: {@code case.closed} records the outcome on
 * the accepted referral and publishes {@code referral.closed}; {@code case.person-added} makes a
 * family member known to services, so a later referral naming them is matched.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class CaseEventsTest {

    private static String hub() {
        return Tokens.user("sam.screener").agency("northshire-early-help", "local-authority").roles("hub-triage").bearer();
    }

    private static String teacher() {
        return Tokens.user("ms.okafor").agency("eastmere-academy", "education").roles("practitioner").bearer();
    }

    @Inject
    CaseEvents consumer;

    /** Writes events as the producers' outbox does. */
    @Inject
    ObjectMapper json;

    @Test
    void aClosedCaseRecordsItsOutcomeOnTheReferralOnce() {
        String referral = acceptedReferral();
        UUID caseId = UUID.randomUUID();
        CloudEvent closed = event(closure(caseId, referral, "needs-met"));
        QuarkusTransaction.requiringNew().run(() -> consumer.handle(closed));

        given().header("Authorization", teacher()).when().get("/api/referrals/" + referral).then().statusCode(200)
                .body("caseOutcome", equalTo("needs-met")).body("status", equalTo("accepted"));
        given().header("Authorization", teacher()).when().get("/api/referrals/" + referral + "/history").then()
                .body("items.action", hasItem("case-closed"));
        List<Map<String, Object>> events = given().header("Authorization", hub()).queryParam("limit", 500)
                .when().get("/api/events/referral").then().statusCode(200).extract().jsonPath().getList("events");
        assertThat(events).anyMatch(e -> "referral.closed".equals(e.get("type")) && referral.equals(e.get("subject")));

        // A second closure of the same case, or one naming no referral of ours, changes nothing and does not fail.
        QuarkusTransaction.requiringNew().run(() -> consumer.handle(event(closure(caseId, referral, "disengaged"))));
        QuarkusTransaction.requiringNew().run(() -> consumer.handle(event(closure(caseId, UUID.randomUUID().toString(),
                "disengaged"))));
        QuarkusTransaction.requiringNew().run(() -> consumer.handle(event(Map.of("caseId", "x", "referralIds", List.of("not-a-uuid")))));
        given().header("Authorization", teacher()).when().get("/api/referrals/" + referral).then()
                .body("caseOutcome", equalTo("needs-met"));
    }

    @Test
    void aFamilyMemberAddedToACaseIsKnownToServicesWhenSomeoneLaterRefersThem() {
        UUID partner = UUID.randomUUID();
        String family = "Quenby" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        QuarkusTransaction.requiringNew().run(() -> consumer.handle(event(CaseFeed.PersonAdded.TYPE, new CaseFeed.PersonAdded(
                UUID.randomUUID(), partner, "Marcus", family, LocalDate.of(1990, 7, 14), "em3 2pq", List.of(partner),
                "northshire-health-visiting", List.of(), "eastmere"))));
        // Delivered twice (at-least-once): still one person.
        QuarkusTransaction.requiringNew().run(() -> consumer.handle(event(CaseFeed.PersonAdded.TYPE, new CaseFeed.PersonAdded(
                UUID.randomUUID(), partner, "Marcus", family, LocalDate.of(1990, 7, 14), "EM3 2PQ", List.of(partner),
                "northshire-health-visiting", List.of(), "eastmere"))));

        // Months later the police refer a household where "Marcos" (a misspelling) lives.
        Map<String, Object> body = Map.of(
                "children", List.of(Map.of("firstName", "Tia", "lastName", family, "dateOfBirth", "2017-02-02",
                        "address", Map.of("line1", "9 Long Row", "town", "Eastmere", "postcode", "EM3 2PQ"))),
                "household", List.of(Map.of("firstName", "Marcos", "lastName", family, "dateOfBirth", "1990-07-14",
                        "relationship", "mother's partner")),
                "concerns", List.of(Map.of("category", "domestic-abuse", "description", "Neighbours heard shouting",
                        "severity", "medium")),
                "family", Map.of("knows", true, "agrees", true),
                "urgency", "routine", "helpRequested", "Family support", "area", "eastmere");
        String police = Tokens.user("pc.hughes").agency("northshire-police", "police").roles("practitioner").bearer();
        String referral = given().header("Authorization", police).contentType(ContentType.JSON).body(body)
                .when().post("/api/referrals").then().statusCode(201).extract().path("id");

        List<Map<String, Object>> matches = given().header("Authorization", hub()).when()
                .get("/api/referrals/" + referral + "/matches").then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(matches).filteredOn(match -> partner.toString().equals(match.get("candidatePersonId"))).singleElement()
                .satisfies(match -> assertThat(String.valueOf(match.get("reasons"))).contains("same date of birth", "same postcode",
                        "known from a case"));

        // An event without a usable person is skipped, not retried.
        QuarkusTransaction.requiringNew().run(() -> consumer.handle(event("case.person-added", Map.of("personId", "nope"))));
    }

    /** The exact shape case-service publishes (case-service/EVENTS.md): headline outcome plus outcomes per need. */
    @Test
    void theClosureAsCaseServicePublishesItIsRecorded() {
        String referral = acceptedReferral();
        String caseId = UUID.randomUUID().toString();
        CloudEvent closed = event(Map.of("caseId", caseId, "referralIds", List.of(referral), "personIds", List.of(),
                "leadAgency", "northshire-health-visiting", "outcome", "stepped-down",
                "outcomes", List.of(Map.of("need", "health", "outcome", "needs-met"), Map.of("need", "housing", "outcome", "stepped-down")),
                "reason", "Plan complete"));
        QuarkusTransaction.requiringNew().run(() -> consumer.handle(closed));

        given().header("Authorization", teacher()).when().get("/api/referrals/" + referral).then().statusCode(200)
                .body("caseOutcome", equalTo("stepped-down"));
    }

    private static String acceptedReferral() {
        Map<String, Object> body = Map.of(
                "children", List.of(Map.of("firstName", "Ella", "lastName", "Marsh", "dateOfBirth", "2016-04-01",
                        "address", Map.of("line1", "4 Pond St", "town", "Eastmere", "postcode", "EM5 1CD"))),
                "concerns", List.of(Map.of("category", "health", "description", "Asthma, missed appointments",
                        "severity", "low")),
                "family", Map.of("knows", true, "agrees", true),
                "urgency", "routine", "helpRequested", "Family support", "area", "eastmere");
        String id = given().header("Authorization", teacher()).contentType(ContentType.JSON).body(body)
                .when().post("/api/referrals").then().statusCode(201).extract().path("id");
        given().header("Authorization", hub()).header("If-Match", "\"0\"").when().post("/api/referrals/" + id + "/triage")
                .then().statusCode(200);
        var read = given().header("Authorization", hub()).when().get("/api/referrals/" + id).then().extract();
        String etag = read.header("ETag");
        StubSharingGate.permitLead("northshire-health-visiting", read.jsonPath().getList("children.personId"));
        given().header("Authorization", hub()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("leadAgency", "northshire-health-visiting"))
                .when().post("/api/referrals/" + id + "/accept").then().statusCode(200);
        return id;
    }

    /** A {@code case.closed} as case-service publishes it, closing the case opened from {@code referral}. */
    private static CaseFeed.Closed closure(UUID caseId, String referral, String outcome) {
        return new CaseFeed.Closed(caseId, List.of(UUID.fromString(referral)), List.of(), "northshire-health-visiting", outcome,
                List.of(new CaseFeed.NeedOutcome("health", outcome)), "eastmere");
    }

    private CloudEvent event(Object data) {
        return event(CaseFeed.Closed.TYPE, data);
    }

    private CloudEvent event(String type, Object data) {
        return new CloudEvent("1.0", UUID.randomUUID().toString(), "/early-help/case", type, null, Instant.now(),
                "application/json", json.valueToTree(data), "1");
    }
}
