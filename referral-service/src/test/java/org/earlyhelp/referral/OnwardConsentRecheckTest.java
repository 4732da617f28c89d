package org.earlyhelp.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.earlyhelp.platform.events.FeedFollower;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Onward referrals waiting for consent look after themselves: referral-service follows consent-service's feed and,
 * when a consent about someone on a waiting onward referral is recorded or changes, asks consent-service again; what is
 * then permitted goes to the receiving agency. One still waiting after the configured age (14 days by default) is
 * closed as {@code consent-not-given}, published, and shown to the hub. Nobody at the hub has to do anything.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(StubConsentFeed.class)
class OnwardConsentRecheckTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    FeedFollower follower;

    @Inject
    EntityManager entities;

    @BeforeEach
    void follow() {
        follower.start();
    }

    @AfterEach
    void stopFollowing() {
        follower.stop();
    }

    /** A referral about Jayden and his mother, signposted to the parenting course with nothing yet permitted. */
    private static String waitingOnward() {
        String referral = Api.submitted(Agencies.teacher(), Referrals.typical().member("Donna", "Whitfield", "1985-03-02", "mother")
                .build());
        Api.act(Agencies.hubScreener(), referral, "triage", null).statusCode(200);
        Api.act(Agencies.hubScreener(), referral, "signpost", Map.of("reason", "A parenting course fits",
                "services", List.of(Map.of("serviceId", StubServiceDirectory.PARENTING_COURSE.toString())))).statusCode(200);
        List<Map<String, Object>> items = given().header("Authorization", Agencies.hubScreener()).queryParam("size", 100)
                .when().get("/api/onward-referrals").then().statusCode(200).extract().jsonPath().getList("items");
        String onward = items.stream().filter(item -> referral.equals(item.get("referralId"))).map(item -> (String) item.get("id"))
                .findFirst().orElseThrow();
        hubReads(onward).body("status", equalTo("awaiting-consent"));
        return onward;
    }

    private static String child(String onward) {
        String referral = hubReads(onward).extract().path("referralId");
        return Api.read(Agencies.hubScreener(), referral).extract().path("children[0].personId");
    }

    private static io.restassured.response.ValidatableResponse hubReads(String onward) {
        return given().header("Authorization", Agencies.hubScreener()).when().get("/api/onward-referrals/" + onward).then()
                .statusCode(200);
    }

    /** {@code consent.recorded} as consent-service publishes it (consent-events' {@code ConsentFeed.ConsentChanged}). */
    private static Map<String, Object> consentRecorded(String person, String type) {
        UUID consent = UUID.randomUUID();
        return StubConsentFeed.publish(type, consent.toString(), Map.of("consentId", consent.toString(), "version", 1,
                "personId", person, "status", "active", "at", java.time.Instant.now().toString(),
                "purposes", List.of("onward-referral"), "dataCategories", List.of("identity", "contact", "concerns"),
                "recipientAgencies", List.of(Agencies.CHARITY), "recipientAgencyTypes", List.of()));
    }

    @Test
    void anOnwardReferralIsSentByItselfOnceTheFamilysConsentIsRecorded() {
        String onward = waitingOnward();
        String child = child(onward);

        // A consent about the child that does not cover the charity: asked again, it keeps waiting.
        consentRecorded(child, "consent.recorded");
        StubSharingGate.permit(child, Agencies.CHARITY, "identity", "contact", "concerns");
        Map<String, Object> recorded = consentRecorded(child, "consent.amended");

        await().atMost(PATIENCE).untilAsserted(() -> given().header("Authorization", Agencies.charityWorker()).when()
                .get("/api/onward-referrals/" + onward).then().statusCode(200)
                .body("status", equalTo("sent"))
                .body("shared.people", hasSize(1))
                .body("shared.people[0].personId", equalTo(child))
                .body("shared.people[0].address.postcode", notNullValue())
                .body("shared.peopleWithheld", equalTo(1)));
        assertThat(Feed.about(Agencies.eventConsumer(), "onward-referral.sent", onward)).isNotNull();

        // Delivered again (at-least-once): it is sent once.
        StubConsentFeed.redeliver(recorded);
        consentRecorded(child, "consent.withdrawn");
        await().during(Duration.ofSeconds(3)).atMost(PATIENCE).untilAsserted(() ->
                assertThat(Feed.events(Agencies.eventConsumer(), "onward-referral.sent")).filteredOn(e -> onward.equals(e.get("subject")))
                        .hasSize(1));
        hubReads(onward).body("status", equalTo("sent"));
    }

    @Test
    void withoutConsentItKeepsWaitingAndIsClosedAsConsentNotGivenOnceTooOldAndTheHubSeesIt() {
        String onward = waitingOnward();
        consentRecorded(child(onward), "consent.recorded");
        String stale = waitingOnward();
        QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery(
                "update onward_referral set created_at = now() - interval '15 days' where id = cast(:id as uuid)")
                .setParameter("id", stale).executeUpdate());

        await().atMost(PATIENCE).untilAsserted(() -> hubReads(stale).body("status", equalTo("consent-not-given")));
        hubReads(stale).body("shared", org.hamcrest.Matchers.nullValue())
                .body("statusDetail", org.hamcrest.Matchers.containsString("14 days"));
        given().header("Authorization", Agencies.charityWorker()).when().get("/api/onward-referrals/" + stale).then().statusCode(404);
        @SuppressWarnings("unchecked")
        Map<String, Object> closed = (Map<String, Object>) Feed.about(Agencies.eventConsumer(), "onward-referral.consent-not-given",
                stale).get("data");
        assertThat(closed.get("status")).isEqualTo("consent-not-given");
        assertThat(closed.get("personIds")).isEqualTo(List.of());
        // The hub sees it among its onward referrals, with what became of it.
        List<Map<String, Object>> hubs = given().header("Authorization", Agencies.hubScreener()).queryParam("size", 100)
                .when().get("/api/onward-referrals").then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(hubs).filteredOn(item -> stale.equals(item.get("id"))).singleElement()
                .satisfies(item -> assertThat(item.get("status")).isEqualTo("consent-not-given"));

        // The younger one, asked again after a consent that permits nothing for the charity, still waits.
        hubReads(onward).body("status", equalTo("awaiting-consent"));
    }
}
