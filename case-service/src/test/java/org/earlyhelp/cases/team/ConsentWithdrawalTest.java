package org.earlyhelp.cases.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.cases.Agencies;
import org.earlyhelp.cases.Api;
import org.earlyhelp.cases.Families;
import org.earlyhelp.cases.StubNeighbours;
import org.earlyhelp.cases.opening.ReferralFeed;
import org.earlyhelp.platform.events.FeedFollower;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A withdrawn consent, read from consent-service's feed, takes away the access of the team
 * members that relied on it, unless consent-service permits them again on another basis; the
 * lead gets an alert to acknowledge.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(StubNeighbours.class)
class ConsentWithdrawalTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    ReferralFeed referrals;

    @Inject
    FeedFollower follower;

    @AfterEach
    void stopFollowing() {
        follower.stop();
    }

    @Test
    void membersRelyingOnAWithdrawnConsentLoseAccessUnlessAFreshDecisionPermitsAndTheLeadIsTold() {
        Families.Accepted family = Families.accepted();
        String caseId = referrals.accept(family);
        UUID mothersConsent = UUID.randomUUID();
        UUID otherConsent = UUID.randomUUID();
        join(caseId, family, Agencies.CHARITY, mothersConsent);   // named by code in the consent
        join(caseId, family, Agencies.RECOVERY, mothersConsent);  // named by code; another basis will permit it
        join(caseId, family, Agencies.MENTAL_HEALTH, mothersConsent); // named by type; consent-service down when asked again
        join(caseId, family, Agencies.DWP, otherConsent);         // its type is named, but its access rests on another consent

        // After the withdrawal consent-service denies the charity, permits recovery on another consent, cannot answer for mental health.
        StubNeighbours.answer(family.parent, Agencies.CHARITY, StubNeighbours.Answer.DENY);
        StubNeighbours.permit(family.parent, Agencies.RECOVERY, UUID.randomUUID());
        StubNeighbours.answer(family.parent, Agencies.MENTAL_HEALTH, StubNeighbours.Answer.DOWN);
        StubNeighbours.publish("consent", "consent.withdrawn", Map.of("consentId", mothersConsent.toString(), "version", 2,
                "personId", family.parent.toString(), "status", "withdrawn", "purposes", List.of("team-around-family"),
                "dataCategories", List.of("identity", "contact", "concerns"),
                "recipientAgencies", List.of(Agencies.CHARITY, Agencies.RECOVERY),
                "recipientAgencyTypes", List.of("mental-health", "dwp"), "affectedAgencies", List.of(Agencies.CHARITY)));
        follower.start();

        await().atMost(PATIENCE).untilAsserted(() -> Api.read(Agencies.charityLead(), caseId).statusCode(404));
        Api.read(Agencies.mentalHealth(), caseId).statusCode(404);
        Api.read(Agencies.recovery(), caseId).statusCode(200);
        Api.read(Agencies.dwp(), caseId).statusCode(200);
        assertThat(Api.eventsAbout(Agencies.eventConsumer(), "case.member-removed", caseId))
                .extracting(event -> (Object) ((Map<?, ?>) event.get("data")).get("agency"))
                .containsExactlyInAnyOrder((Object) Agencies.CHARITY, Agencies.MENTAL_HEALTH);
        // The fresh question was asked as this service, for the person whose consent ended.
        assertThat(StubNeighbours.questionsAbout(family.parent)).filteredOn(q -> q.agency().equals(Agencies.RECOVERY)).hasSize(2)
                .last().satisfies(question -> assertThat(question.authorization()).startsWith("Bearer "));

        String alert = Api.get(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/alerts").statusCode(200)
                .body("items", hasSize(1)).body("items[0].kind", equalTo("consent-withdrawn")).body("items[0].status", equalTo("open"))
                .body("items[0].personId", equalTo(family.parent.toString()))
                .body("items[0].detail", containsString(Agencies.CHARITY)).body("items[0].detail", containsString("kept"))
                .extract().path("items[0].id");
        Api.get(Agencies.healthVisitorLead(), "/api/caseload/alerts").statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(alert));

        Api.post(Agencies.dwp(), "/api/cases/" + caseId + "/alerts/" + alert + "/acknowledge", null).statusCode(403);
        Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/alerts/" + alert + "/acknowledge", null).statusCode(200)
                .body("status", equalTo("acknowledged")).body("acknowledgedBy", equalTo("hv.morgan"));
    }

    private static void join(String caseId, Families.Accepted family, String agency, UUID consent) {
        StubNeighbours.permit(family.child, agency, consent);
        StubNeighbours.permit(family.parent, agency, consent);
        Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/members", Map.of("agency", agency, "role", "support"))
                .statusCode(201);
    }
}
