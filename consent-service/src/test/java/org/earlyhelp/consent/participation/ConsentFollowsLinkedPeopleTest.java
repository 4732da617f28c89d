package org.earlyhelp.consent.participation;

import static org.awaitility.Awaitility.await;
import static org.earlyhelp.consent.ConsentApi.decide;
import static org.earlyhelp.consent.ConsentApi.read;
import static org.earlyhelp.consent.ConsentApi.record;
import static org.earlyhelp.consent.ConsentApi.recorded;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.consent.Consents;
import org.earlyhelp.consent.Questions;
import org.earlyhelp.consent.Staff;
import org.earlyhelp.platform.events.FeedFollower;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A confirmed "known to services" match read from referral-service's feed (issue 27 point 4, decision
 * 0056): a consent recorded under either id holds for the person both ids turned out to be, and who
 * takes part for either takes part for both; once triage undoes the match, each id has only what was
 * recorded under it again. Events delivered twice change nothing.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(StubFeeds.class)
class ConsentFollowsLinkedPeopleTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Inject
    FeedFollower follower;

    @Inject
    ParticipationFixture participation;

    /** The child as the police's earlier referral knows them. */
    private UUID known;
    /** The id the school's later referral minted for the same child. */
    private UUID minted;
    private UUID schoolsReferral;
    /** Recorded by the hub against the earlier referral's person: the charity may join the team. */
    private UUID consentForKnown;
    /** Recorded by the school against its referral's person: the drug service may receive an onward referral. */
    private UUID consentForMinted;

    @BeforeEach
    void twoReferralsAboutOneChild() {
        known = UUID.randomUUID();
        minted = UUID.randomUUID();
        participation.referralSubmitted(known, "northshire-police");
        schoolsReferral = participation.referralSubmitted(minted, "eastmere-academy", "westbrook");
        consentForKnown = recorded(Staff.hubTriage(), Consents.parentalConsentFor(known));
        consentForMinted = recorded(Staff.schoolPractitioner(), Consents.onwardReferralConsentFor(minted));
        follower.start();
    }

    @AfterEach
    void stopFollowing() {
        follower.stop();
    }

    @Test
    void aConsentRecordedUnderEitherIdPermitsForTheLinkedPersonUntilTheLinkIsUndone() {
        assertApart();

        Map<String, Object> linked = StubFeeds.publish("referral", "referral.person-linked", link());

        await().atMost(PATIENCE).untilAsserted(() -> decide(Staff.schoolPractitioner(), Questions.charityJoiningTeam(minted))
                .statusCode(201).body("outcome", equalTo("permit")).body("basis.consentId", equalTo(consentForKnown.toString())));
        decide(Staff.policeOfficer(), Questions.drugServiceReferral(known))
                .statusCode(201).body("outcome", equalTo("permit")).body("basis.consentId", equalTo(consentForMinted.toString()));
        // Participation and areas hold for both ids: each referrer, and the hub of each referral's area, reaches both consents.
        read(Staff.schoolPractitioner(), consentForKnown).statusCode(200);
        read(Staff.policeOfficer(), consentForMinted).statusCode(200);
        read(Staff.hubTriageOf("westbrook"), consentForKnown).statusCode(200);
        // The consent records are evidence: each is still about the id it was recorded under.
        read(Staff.hubTriage(), consentForKnown).statusCode(200).body("personId", equalTo(known.toString()));
        read(Staff.schoolPractitioner(), consentForMinted).statusCode(200).body("personId", equalTo(minted.toString()));

        // The same news again, redelivered under its id and published under a new one: still one link, undone by one unlink.
        StubFeeds.redeliver("referral", linked);
        StubFeeds.publish("referral", "referral.person-linked", link());
        StubFeeds.publish("referral", "referral.person-unlinked", link());

        await().atMost(PATIENCE).untilAsserted(this::assertApart);
        Map<String, Object> unlinkedAgain = StubFeeds.publish("referral", "referral.person-unlinked", link());
        StubFeeds.redeliver("referral", unlinkedAgain);
        // A referral published after the repeats: once the school may record consent about its child, they are applied too.
        UUID marker = UUID.randomUUID();
        StubFeeds.publish("referral", "referral.submitted", Map.of("referralId", UUID.randomUUID().toString(),
                "personIds", List.of(marker.toString()), "referringAgency", "eastmere-academy", "area", "eastmere"));
        await().atMost(PATIENCE).untilAsserted(() -> record(Staff.schoolPractitioner(), Consents.parentalConsentFor(marker))
                .statusCode(201));
        assertApart();
    }

    @Test
    void mintedIdsLinkedToOneKnownIdAreOnePersonAndUnlinkingOnePartsOnlyIt() {
        UUID thirdReferralsId = UUID.randomUUID();
        UUID thirdReferral = participation.referralSubmitted(thirdReferralsId, "northshire-health-visiting");
        participation.personLinked(schoolsReferral, "eastmere-academy", minted, known);
        participation.personLinked(thirdReferral, "northshire-health-visiting", thirdReferralsId, known);

        decide(Staff.healthVisitorLead(), Questions.drugServiceReferral(thirdReferralsId))
                .statusCode(201).body("outcome", equalTo("permit")).body("basis.consentId", equalTo(consentForMinted.toString()));
        read(Staff.healthVisitorLead(), consentForMinted).statusCode(200);

        participation.personUnlinked(schoolsReferral, "eastmere-academy", minted, known);

        decide(Staff.healthVisitorLead(), Questions.drugServiceReferral(thirdReferralsId))
                .statusCode(201).body("outcome", equalTo("deny"));
        read(Staff.healthVisitorLead(), consentForMinted).statusCode(404);
        decide(Staff.healthVisitorLead(), Questions.charityJoiningTeam(thirdReferralsId))
                .statusCode(201).body("outcome", equalTo("permit")).body("basis.consentId", equalTo(consentForKnown.toString()));
    }

    /** Each id has only what was recorded under it. */
    private void assertApart() {
        decide(Staff.schoolPractitioner(), Questions.charityJoiningTeam(minted)).statusCode(201).body("outcome", equalTo("deny"));
        decide(Staff.policeOfficer(), Questions.drugServiceReferral(known)).statusCode(201).body("outcome", equalTo("deny"));
        read(Staff.schoolPractitioner(), consentForKnown).statusCode(404);
        read(Staff.policeOfficer(), consentForMinted).statusCode(404);
        read(Staff.hubTriageOf("westbrook"), consentForKnown).statusCode(404);
    }

    private Map<String, Object> link() {
        return Map.of("referralId", schoolsReferral.toString(), "referringAgency", "eastmere-academy", "area", "westbrook",
                "mintedPersonId", minted.toString(), "personId", known.toString(), "personIds", List.of(known.toString()));
    }
}
