package org.earlyhelp.cases.family;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.HashMap;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A confirmed "known to services" match read from referral-service's feed (issue 27 point 4, decision
 * 0056): a case member recorded under the id the child was known by is the same person as the id a later
 * referral minted, for every look-up by person, until triage undoes the match. Events delivered twice
 * change nothing.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(StubNeighbours.class)
class CaseMembersFollowLinkedPeopleTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    ReferralFeed referrals;

    @Inject
    FeedFollower follower;

    private Families.Accepted family;
    private String caseId;
    /** The id the school's later referral minted for the child on the case. */
    private UUID minted;
    private Families.Accepted schoolsReferral;

    @BeforeEach
    void theChildHasACaseAndTheSchoolRefersThemAgain() {
        family = Families.accepted();
        caseId = referrals.accept(family);
        schoolsReferral = Families.accepted().referredBy(Agencies.SCHOOL);
        minted = schoolsReferral.child;
        referrals.deliver("referral.submitted", schoolsReferral.submittedData());
        follower.start();
    }

    @AfterEach
    void stopFollowing() {
        follower.stop();
    }

    @Test
    void theLeadFindsTheChildOnItsCaseUnderTheMintedIdWhileTheMatchStands() {
        // The school's referral is not the lead's to see: the minted id names nobody it may see.
        addMinted().statusCode(404);

        Map<String, Object> linked = StubNeighbours.publish("referral", "referral.person-linked", link());
        await().atMost(PATIENCE).untilAsserted(() -> addMinted().statusCode(409)
                .body("detail", containsString("already on this case")));
        Api.read(Agencies.healthVisitorLead(), caseId).statusCode(200).body("family", hasSize(2))
                .body("family[0].personId", equalTo(family.child.toString()));

        // Redelivered, and published again under a new id: one link still, undone by one unlink.
        StubNeighbours.redeliver("referral", linked);
        StubNeighbours.publish("referral", "referral.person-linked", link());
        StubNeighbours.publish("referral", "referral.person-unlinked", link());
        await().atMost(PATIENCE).untilAsserted(() -> addMinted().statusCode(404));
    }

    @Test
    void aConsentRecordedUnderTheMintedIdEndsAccessOnTheKnownIdsCaseOnlyWhileTheMatchStands() {
        StubNeighbours.publish("referral", "referral.person-linked", link());
        await().atMost(PATIENCE).untilAsserted(() -> addMinted().statusCode(409));
        UUID schoolsConsent = UUID.randomUUID();
        UUID laterConsent = UUID.randomUUID();
        UUID familysConsent = UUID.randomUUID();
        join(Agencies.CHARITY, schoolsConsent);      // consent-service permitted on the consent recorded under the minted id
        join(Agencies.RECOVERY, laterConsent);       // likewise, on another consent recorded under it
        join(Agencies.MENTAL_HEALTH, familysConsent); // on a consent recorded under the known id
        StubNeighbours.answer(family.child, Agencies.CHARITY, StubNeighbours.Answer.DENY);
        StubNeighbours.answer(family.child, Agencies.RECOVERY, StubNeighbours.Answer.DENY);
        StubNeighbours.answer(family.child, Agencies.MENTAL_HEALTH, StubNeighbours.Answer.DENY);

        withdrawn(minted, schoolsConsent, Agencies.CHARITY);

        await().atMost(PATIENCE).untilAsserted(() -> Api.read(Agencies.charityLead(), caseId).statusCode(404));
        Api.get(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/alerts").statusCode(200)
                .body("items", hasSize(1)).body("items[0].kind", equalTo("consent-withdrawn"))
                .body("items[0].personId", equalTo(family.child.toString()));

        StubNeighbours.publish("referral", "referral.person-unlinked", link());
        await().atMost(PATIENCE).untilAsserted(() -> addMinted().statusCode(404));
        withdrawn(minted, laterConsent, Agencies.RECOVERY);
        withdrawn(family.child, familysConsent, Agencies.MENTAL_HEALTH);

        // The feed is read in order: once the known id's withdrawal has acted, the minted id's (before it) has been read.
        await().atMost(PATIENCE).untilAsserted(() -> Api.read(Agencies.mentalHealth(), caseId).statusCode(404));
        Api.read(Agencies.recovery(), caseId).statusCode(200);
    }

    /** The lead names the school's child by the minted id, as a family member to add. */
    private io.restassured.response.ValidatableResponse addMinted() {
        Map<String, Object> person = new HashMap<>(Map.of("givenName", "Ava", "familyName", "Whitfield", "child", true));
        person.put("personId", minted.toString());
        return Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/people", person);
    }

    private void join(String agency, UUID consent) {
        StubNeighbours.permit(family.child, agency, consent);
        StubNeighbours.permit(family.parent, agency, consent);
        Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/members", Map.of("agency", agency, "role", "support"))
                .statusCode(201);
    }

    private static void withdrawn(UUID person, UUID consent, String agency) {
        StubNeighbours.publish("consent", "consent.withdrawn", Map.of("consentId", consent.toString(), "version", 2,
                "personId", person.toString(), "status", "withdrawn", "purposes", List.of("team-around-family"),
                "dataCategories", List.of("identity", "contact", "concerns"), "recipientAgencies", List.of(agency),
                "recipientAgencyTypes", List.of()));
    }

    private Map<String, Object> link() {
        return Map.of("referralId", schoolsReferral.referralId.toString(), "referringAgency", Agencies.SCHOOL, "area", "eastmere",
                "mintedPersonId", minted.toString(), "personId", family.child.toString(),
                "personIds", List.of(family.child.toString(), schoolsReferral.parent.toString()));
    }
}
