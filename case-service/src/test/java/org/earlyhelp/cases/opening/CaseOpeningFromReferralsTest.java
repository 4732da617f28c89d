package org.earlyhelp.cases.opening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.earlyhelp.cases.Agencies;
import org.earlyhelp.cases.Api;
import org.earlyhelp.cases.Families;
import org.earlyhelp.cases.StubNeighbours;
import org.earlyhelp.platform.events.FeedFollower;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An accepted referral opens exactly one case, read from referral-service's feed over HTTP by the
 * platform's follower: whether the event comes twice (same id, or the same news under a new id),
 * was published while this service was down, or the consumer was stopped half-way through.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(StubNeighbours.class)
class CaseOpeningFromReferralsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    FeedFollower follower;

    @AfterEach
    void stopFollowing() {
        follower.stop();
        StubNeighbours.feedsDown(false);
    }

    @Test
    void anAcceptedReferralOpensACaseLedByItsLeadAgency() {
        Families.Accepted family = Families.accepted();
        StubNeighbours.publish("referral", "referral.submitted", family.submittedData());
        StubNeighbours.publish("referral", "referral.accepted", family.data());
        follower.start();

        String caseId = awaitCaseOf(family);

        Api.read(Agencies.healthVisitorLead(), caseId).statusCode(200)
                .body("reference", matchesPattern("EH-\\d{4}-\\d{6}"))
                .body("status", equalTo("open"))
                .body("levelOfNeed", equalTo("early-help"))
                .body("leadAgency", equalTo(Agencies.HEALTH_VISITING))
                .body("leadPractitioner", nullValue())
                .body("area", equalTo("eastmere"))
                .body("referralIds", contains(family.referralId.toString()))
                .body("family.personId", contains(family.child.toString(), family.parent.toString()))
                .body("family[0].displayName", equalTo("Ava Whitfield"))
                .body("needs.need", containsInAnyOrder("domestic-abuse", "early-years"));
        Map<String, Object> opened = Api.eventsAbout(Agencies.eventConsumer(), "case.opened", caseId).get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) opened.get("data");
        assertThat(data).containsEntry("leadAgency", Agencies.HEALTH_VISITING).containsEntry("area", "eastmere")
                .containsEntry("referralIds", List.of(family.referralId.toString()))
                .containsEntry("personIds", List.of(family.child.toString(), family.parent.toString()));
        // The lead agency and the hub read it on the feed; an agency with no part does not.
        assertThat(Api.eventsAbout(Agencies.healthVisitorLead(), "case.opened", caseId)).hasSize(1);
        assertThat(Api.eventsAbout(Agencies.hubScreener(), "case.opened", caseId)).hasSize(1);
        assertThat(Api.eventsAbout(Agencies.dwp(), "case.opened", caseId)).isEmpty();
    }

    @Test
    void theSameAcceptanceDeliveredTwiceOpensOneCase() {
        Families.Accepted family = Families.accepted();
        Map<String, Object> accepted = StubNeighbours.publish("referral", "referral.accepted", family.data());
        StubNeighbours.redeliver("referral", accepted);                          // same event id again
        StubNeighbours.publish("referral", "referral.accepted", family.data());  // same news, new event id
        Families.Accepted last = Families.accepted();
        StubNeighbours.publish("referral", "referral.accepted", last.data());
        follower.start();

        awaitCaseOf(last); // events are handled in order: everything before it has been handled too

        assertThat(openedFor(family)).hasSize(1);
    }

    @Test
    void acceptancesPublishedWhileThisServiceWasDownOpenTheirCasesWhenItComesBack() {
        Families.Accepted first = Families.accepted();
        Families.Accepted second = Families.accepted().ledBy(Agencies.CHARITY);
        StubNeighbours.publish("referral", "referral.accepted", first.data());
        StubNeighbours.publish("referral", "referral.accepted", second.data());

        // The feed cannot be read for a while: the consumer backs off, then catches up.
        StubNeighbours.feedsDown(true);
        follower.start();
        await().pollDelay(Duration.ofMillis(500)).atMost(PATIENCE).until(() -> true);
        assertThat(openedFor(first)).isEmpty();
        StubNeighbours.feedsDown(false);

        awaitCaseOf(second);
        assertThat(openedFor(first)).hasSize(1);
        Api.read(Agencies.charityLead(), awaitCaseOf(second)).statusCode(200).body("leadAgency", equalTo(Agencies.CHARITY));
    }

    @Test
    void aConsumerStoppedHalfWayGoesOnFromWhereItStoppedAndOpensNothingTwice() {
        Families.Accepted first = Families.accepted();
        StubNeighbours.publish("referral", "referral.accepted", first.data());
        follower.start();
        awaitCaseOf(first);
        follower.stop();

        Families.Accepted second = Families.accepted();
        StubNeighbours.publish("referral", "referral.accepted", first.data());
        StubNeighbours.publish("referral", "referral.accepted", second.data());
        follower.start();
        awaitCaseOf(second);

        assertThat(openedFor(first)).hasSize(1);
        assertThat(openedFor(second)).hasSize(1);
        Api.get(Agencies.healthVisitorLead(), "/api/cases/" + awaitCaseOf(first) + "/history").statusCode(200)
                .body("items.action", hasItem("opened"));
    }

    private static String awaitCaseOf(Families.Accepted family) {
        await().atMost(PATIENCE).until(() -> !openedFor(family).isEmpty());
        return (String) openedFor(family).get(0).get("subject");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> openedFor(Families.Accepted family) {
        return Api.events(Agencies.eventConsumer(), "case.opened").stream()
                .filter(event -> ((List<String>) ((Map<String, Object>) event.get("data")).get("referralIds"))
                        .contains(family.referralId.toString()))
                .toList();
    }
}
