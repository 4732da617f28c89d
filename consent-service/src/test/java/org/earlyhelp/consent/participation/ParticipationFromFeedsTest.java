package org.earlyhelp.consent.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.earlyhelp.consent.ConsentApi.read;
import static org.earlyhelp.consent.ConsentApi.recorded;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.consent.ConsentApi;
import org.earlyhelp.consent.Consents;
import org.earlyhelp.consent.Staff;
import org.earlyhelp.platform.events.FeedFollower;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Who may see a person's consent follows the referral and case feeds, read over HTTP by the
 * platform's feed follower: a referring agency, an onward-referral's receiver and the team
 * around the family gain access; a declined onward referral or a member leaving the team loses it.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(StubFeeds.class)
class ParticipationFromFeedsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Inject
    FeedFollower follower;

    @Inject
    ParticipationFixture participation;

    private UUID child;

    @BeforeEach
    void followTheFeeds() {
        child = UUID.randomUUID();
        follower.start();
    }

    @AfterEach
    void stopFollowing() {
        follower.stop();
    }

    @Test
    void aReferringAgencyMayRecordConsentOnceTheReferralReachesThisService() {
        read(Staff.policeOfficer(), UUID.randomUUID()).statusCode(404);

        StubFeeds.publish("referral", "referral.submitted", Map.of("referralId", UUID.randomUUID().toString(),
                "personIds", List.of(child.toString()), "referringAgency", "northshire-police", "area", "westbrook",
                "concerns", List.of("domestic-abuse")));

        UUID consent = await().atMost(PATIENCE).until(() -> recordedOrNull(Staff.policeOfficer()), Objects::nonNull);
        assertThat(claimsOf(StubFeeds.lastAuthorization()))
                .as("feeds are read with this service's own account, as the realm defines it")
                .contains("\"preferred_username\":\"service-account-consent-service\"", "\"event-consumer\"");
        read(Staff.hubTriageOf("westbrook"), consent).statusCode(200);
        read(Staff.hubTriageOf("kingsfold"), consent).statusCode(404);
    }

    @Test
    void aTeamMemberSeesConsentUntilItLeavesTheTeam() {
        participation.referralSubmitted(child, "dwp-northshire");
        UUID consent = recorded(Staff.hubTriage(), Consents.parentalConsentFor(child));
        UUID caseId = UUID.randomUUID();

        StubFeeds.publish("case", "case.opened", Map.of("caseId", caseId.toString(), "personIds", List.of(child.toString()),
                "leadAgency", "northshire-health-visiting"));
        StubFeeds.publish("case", "case.member-added", Map.of("caseId", caseId.toString(),
                "personIds", List.of(child.toString()), "agency", "brightstart-family-support"));
        await().atMost(PATIENCE).untilAsserted(() -> read(Staff.charityWorker(), consent).statusCode(200));

        StubFeeds.publish("case", "case.member-removed", Map.of("caseId", caseId.toString(),
                "personIds", List.of(child.toString()), "agency", "brightstart-family-support"));
        await().atMost(PATIENCE).untilAsserted(() -> read(Staff.charityWorker(), consent).statusCode(404));
    }

    @Test
    void anAgencyTakingTheLeadOfACaseTakesPart() {
        participation.referralSubmitted(child, "dwp-northshire");
        UUID consent = recorded(Staff.hubTriage(), Consents.parentalConsentFor(child));
        UUID caseId = UUID.randomUUID();
        StubFeeds.publish("case", "case.opened", Map.of("caseId", caseId.toString(), "personIds", List.of(child.toString()),
                "leadAgency", "northshire-health-visiting"));
        read(Staff.charityWorker(), consent).statusCode(404);

        StubFeeds.publish("case", "case.transferred", Map.of("caseId", caseId.toString(), "personIds", List.of(child.toString()),
                "fromAgency", "northshire-health-visiting", "toAgency", "brightstart-family-support"));
        await().atMost(PATIENCE).untilAsserted(() -> read(Staff.charityWorker(), consent).statusCode(200));
    }

    @Test
    void anOnwardReferralGivesItsReceiverAccessUntilDeclinedAndOtherWorkKeepsItsOwn() {
        participation.referralSubmitted(child, "dwp-northshire");
        UUID consent = recorded(Staff.hubTriage(), Consents.parentalConsentFor(child));
        UUID onward = UUID.randomUUID();
        Map<String, Object> data = Map.of("onwardReferralId", onward.toString(), "referralId", UUID.randomUUID().toString(),
                "personIds", List.of(child.toString()), "receivingAgency", "northshire-recovery");

        StubFeeds.publish("referral", "onward-referral.sent", data);
        await().atMost(PATIENCE).untilAsserted(() -> read(Staff.recoveryWorker(), consent).statusCode(200));

        StubFeeds.publish("referral", "onward-referral.declined", data);
        await().atMost(PATIENCE).untilAsserted(() -> read(Staff.recoveryWorker(), consent).statusCode(404));
    }

    /** The new consent's id, or null while this service does not yet know the caller's agency takes part. */
    private UUID recordedOrNull(Tokens who) {
        var response = ConsentApi.record(who, Consents.parentalConsentFor(child)).extract();
        return response.statusCode() == 201 ? UUID.fromString(response.path("id")) : null;
    }

    @Test
    void anEventMissingWhatItNeedsIsSkippedAndTheFeedGoesOn() {
        participation.referralSubmitted(child, "dwp-northshire");
        UUID consent = recorded(Staff.hubTriage(), Consents.parentalConsentFor(child));

        StubFeeds.publish("case", "case.member-added", Map.of("caseId", "not-a-uuid", "agency", "eastmere-academy"));
        StubFeeds.publish("case", "case.member-added", Map.of("caseId", UUID.randomUUID().toString(),
                "personIds", List.of(child.toString()), "agency", "eastmere-academy"));

        await().atMost(PATIENCE).untilAsserted(() -> read(
                Tokens.user("teacher.evans").agency("eastmere-academy", "education").roles("practitioner"),
                consent).statusCode(200));
    }

    /** The claims of a {@code Bearer} token, as JSON text. */
    private static String claimsOf(String authorization) {
        String payload = authorization.substring("Bearer ".length()).split("\\.")[1];
        return new String(java.util.Base64.getUrlDecoder().decode(payload), java.nio.charset.StandardCharsets.UTF_8);
    }
}
