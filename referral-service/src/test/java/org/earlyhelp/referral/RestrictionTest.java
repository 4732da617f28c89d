package org.earlyhelp.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.consent.contract.ConsentFeed;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.referral.events.ConsentFeedDelivery;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Issue 28 point 3 (decision 0062, UK GDPR Art. 18): while a data protection officer restricts a person, every referral
 * naming them (or a person linked to them) says so and is read-only: triage decisions, matches and onward referrals
 * answer 409 {@code processing-restricted} and store nothing; a new referral about them is still taken in, and marked.
 * Lifting the restriction gives the hub its work back.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class RestrictionTest {

    @Inject
    ConsentFeedDelivery consentFeed;

    private void restriction(String type, String personId) {
        consentFeed.deliver(type, UUID.fromString(personId),
                new ConsentFeed.PersonRestriction(UUID.fromString(personId), UUID.randomUUID(), "dpo.reid", Instant.now()));
    }

    private static void refused(ValidatableResponse response) {
        response.statusCode(409).contentType("application/problem+json").body("type", endsWith("/processing-restricted"));
    }

    @Test
    void aRestrictedPersonsReferralsAreReadOnlyAndMarkedAndANewReferralAboutThemIsStillTakenIn() {
        String surname = ReferralRetentionTest.marker();
        String born = ReferralRetentionTest.bornSomeDay();
        String referral = Api.submitted(Agencies.teacher(), Referrals.child("Jayden", surname).bornOn(born).build());
        String child = Hub.childOf(referral);
        String linked = Api.submitted(Agencies.policeOfficer(), Referrals.child("Jayden", surname).bornOn(born)
                .onlyConcern("crime", "Seen out late", "medium").build());
        Hub.decide(linked, Hub.matchId(linked, child), "confirm").statusCode(200);

        restriction(ConsentFeed.PersonRestriction.RESTRICTED, child);

        Api.read(Agencies.hubScreener(), referral).statusCode(200).body("restricted", equalTo(true));
        Api.read(Agencies.hubScreener(), linked).statusCode(200).body("restricted", equalTo(true));
        refused(Api.act(Agencies.hubScreener(), referral, "triage", null));
        refused(Api.act(Agencies.teacher(), referral, "withdraw", Map.of("reason", "Sent in error")));
        Api.read(Agencies.hubScreener(), referral).body("status", equalTo("submitted"));
        // The hub's list says so too.
        List<Map<String, Object>> listed = given().header("Authorization", Agencies.hubScreener()).queryParam("size", 100)
                .when().get("/api/referrals").then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(listed).filteredOn(item -> referral.equals(item.get("id"))).singleElement()
                .satisfies(item -> assertThat(item.get("restricted")).isEqualTo(true));

        // A new referral about him is taken in (safeguarding), marked, and its match cannot be decided meanwhile.
        String arriving = Api.submitted(Agencies.gp(), Referrals.child("Jayden", surname).bornOn(born)
                .onlyConcern("health", "Missed appointments", "medium").build());
        Api.read(Agencies.hubScreener(), arriving).statusCode(200).body("restricted", equalTo(true));
        String match = Hub.matchId(arriving, child);
        refused(Hub.decide(arriving, match, "confirm"));
        refused(Hub.decide(arriving, match, "reject"));
        assertThat(Hub.matches(arriving)).filteredOn(found -> match.equals(found.get("id"))).singleElement()
                .satisfies(found -> assertThat(found.get("status")).isEqualTo("suggested"));

        // Nor does the restriction hold his protection back: the hub still escalates to children's social care.
        Api.act(Agencies.hubScreener(), linked, "escalate", Map.of("reason", "Seen out late again; a s47 threshold question"))
                .statusCode(200).body("status", equalTo("escalated"));

        restriction(ConsentFeed.PersonRestriction.LIFTED, child);

        Api.read(Agencies.hubScreener(), arriving).statusCode(200).body("restricted", equalTo(false));
        Api.act(Agencies.hubScreener(), referral, "triage", null).statusCode(200).body("restricted", equalTo(false));
        Hub.decide(arriving, match, "confirm").statusCode(200);
    }

    @Test
    void aWaitingOnwardReferralIsNotReleasedWhileRestrictedAndTheReceiverCannotDecideOne() {
        String referral = Api.submitted(Agencies.teacher(), Referrals.child("Mia", ReferralRetentionTest.marker())
                .bornOn(ReferralRetentionTest.bornSomeDay()).build());
        String child = Hub.childOf(referral);
        Api.act(Agencies.hubScreener(), referral, "triage", null).statusCode(200);
        Api.act(Agencies.hubScreener(), referral, "signpost", Map.of("reason", "A course fits",
                "services", List.of(Map.of("serviceId", StubServiceDirectory.PARENTING_COURSE.toString())))).statusCode(200);
        String onward = ReferralRetentionTest.onwardOf(referral);

        restriction(ConsentFeed.PersonRestriction.RESTRICTED, child);
        StubSharingGate.permit(child, Agencies.CHARITY, "identity", "contact", "concerns");
        refused(given().header("Authorization", Agencies.hubScreener()).when().post("/api/onward-referrals/" + onward + "/check-consent")
                .then());
        given().header("Authorization", Agencies.hubScreener()).when().get("/api/onward-referrals/" + onward).then()
                .statusCode(200).body("status", equalTo("awaiting-consent")).body("restricted", equalTo(true));

        restriction(ConsentFeed.PersonRestriction.LIFTED, child);
        // Released once lifted: by the hub's check, or just before it by the recheck that runs every second in tests (then
        // the check finds nothing waiting, a 409 that is not the restriction's).
        ValidatableResponse check = given().header("Authorization", Agencies.hubScreener()).when()
                .post("/api/onward-referrals/" + onward + "/check-consent").then();
        if (check.extract().statusCode() != 200) {
            check.statusCode(409).body("type", not(endsWith("/processing-restricted")));
        }
        given().header("Authorization", Agencies.hubScreener()).when().get("/api/onward-referrals/" + onward).then()
                .statusCode(200).body("status", equalTo("sent"));
        restriction(ConsentFeed.PersonRestriction.RESTRICTED, child);
        refused(given().header("Authorization", Agencies.charityWorker()).when().post("/api/onward-referrals/" + onward + "/accept")
                .then());
        given().header("Authorization", Agencies.charityWorker()).when().get("/api/onward-referrals/" + onward).then()
                .statusCode(200).body("status", equalTo("sent")).body("restricted", equalTo(true));
    }
}
