package org.earlyhelp.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.cases.contract.CaseFeed;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.referral.events.CaseFeedDelivery;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * One family, one case: referral-service keeps, from case-service's feed, which open case each child is on, and the
 * hub accepting a referral about such a child is told (the case, its reference and lead agency, nothing of its content)
 * and joins that case rather than opening a second one. {@code referral.accepted} carries the case to join and every
 * household member's name, date of birth and relationship, for the case case-service opens or joins.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class OneFamilyOneCaseTest {

    @Inject
    CaseFeedDelivery caseFeed;

    private static String inTriage(Referrals referral) {
        String id = Api.submitted(Agencies.teacher(), referral.build());
        Api.act(Agencies.hubScreener(), id, "triage", null).statusCode(200);
        Api.consentToLead(id, Agencies.HEALTH_VISITING);
        return id;
    }

    private static UUID child(String referral) {
        return UUID.fromString(Api.read(Agencies.hubScreener(), referral).extract().path("children[0].personId"));
    }

    /** case-service opened a case about {@code child} (and someone else), led by health visiting. */
    private UUID caseOpenedAbout(UUID child, String reference) {
        UUID caseId = UUID.randomUUID();
        caseFeed.deliver(CaseFeed.Opened.TYPE, caseId, new CaseFeed.Opened(caseId, reference, List.of(UUID.randomUUID()),
                List.of(child, UUID.randomUUID()), Agencies.HEALTH_VISITING, "eastmere"));
        return caseId;
    }

    @Test
    void theHubIsToldOfTheChildsOpenCaseAndJoinsItInsteadOfOpeningASecond() {
        String referral = inTriage(Referrals.typical().member("Donna", "Whitfield", "1985-03-02", "mother"));
        UUID child = child(referral);
        UUID caseId = caseOpenedAbout(child, "EH-2026-000101");

        // The hub sees the open case on the referral; the referrer does not.
        Api.read(Agencies.hubScreener(), referral).statusCode(200)
                .body("openCases", hasSize(1))
                .body("openCases[0].caseId", equalTo(caseId.toString()))
                .body("openCases[0].reference", equalTo("EH-2026-000101"))
                .body("openCases[0].leadAgency", equalTo(Agencies.HEALTH_VISITING))
                .body("openCases[0].childPersonIds", contains(child.toString()));
        Api.read(Agencies.teacher(), referral).statusCode(200).body("openCases", nullValue());

        // Accepting as if there were no case is refused, naming the case: the referral stays in triage.
        Api.act(Agencies.hubScreener(), referral, "accept", Map.of("leadAgency", Agencies.HEALTH_VISITING))
                .statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/open-case"))
                .body("detail", containsString("EH-2026-000101"))
                .body("openCases[0].caseId", equalTo(caseId.toString()))
                .body("openCases[0].leadAgency", equalTo(Agencies.HEALTH_VISITING));
        Api.read(Agencies.hubScreener(), referral).body("status", equalTo("in-triage"));
        assertThat(Feed.events(Agencies.eventConsumer(), "referral.accepted")).noneMatch(e -> referral.equals(e.get("subject")));

        // A case that is not the child's, or a lead that is not the case's, is a 422.
        Api.act(Agencies.hubScreener(), referral, "accept", Map.of("leadAgency", Agencies.HEALTH_VISITING,
                "joinCaseId", UUID.randomUUID().toString())).statusCode(422).contentType("application/problem+json");
        Api.act(Agencies.hubScreener(), referral, "accept", Map.of("leadAgency", Agencies.SCHOOL,
                "joinCaseId", caseId.toString())).statusCode(422).body("detail", containsString(Agencies.HEALTH_VISITING));

        Api.act(Agencies.hubScreener(), referral, "accept", Map.of("leadAgency", Agencies.HEALTH_VISITING,
                "joinCaseId", caseId.toString(), "reason", "Same family as the open case"))
                .statusCode(200).body("status", equalTo("accepted")).body("openCases", nullValue());
        @SuppressWarnings("unchecked")
        Map<String, Object> accepted = (Map<String, Object>) Feed.about(Agencies.eventConsumer(), "referral.accepted", referral)
                .get("data");
        assertThat(accepted).containsEntry("joinCaseId", caseId.toString()).containsEntry("leadAgency", Agencies.HEALTH_VISITING);
    }

    @Test
    void theAcceptedReferralCarriesEveryHouseholdMembersNameDateOfBirthAndRelationship() {
        String referral = inTriage(Referrals.typical().member("Donna", "Whitfield", "1985-03-02", "mother")
                .member("Lee", "Parr", "1983-11-20", "mother's partner"));
        Api.act(Agencies.hubScreener(), referral, "accept", Map.of("leadAgency", Agencies.HEALTH_VISITING)).statusCode(200);

        @SuppressWarnings("unchecked")
        Map<String, Object> accepted = (Map<String, Object>) Feed.about(Agencies.eventConsumer(), "referral.accepted", referral)
                .get("data");
        assertThat(accepted.get("joinCaseId")).isNull();
        assertThat(accepted.get("household")).asList().hasSize(2).first().isEqualTo(Map.of(
                "personId", Api.read(Agencies.hubScreener(), referral).extract().path("household[0].personId"),
                "givenName", "Donna", "familyName", "Whitfield", "dateOfBirth", "1985-03-02", "relationship", "mother"));
        @SuppressWarnings("unchecked")
        Map<String, Object> child = ((List<Map<String, Object>>) accepted.get("children")).get(0);
        assertThat(child).containsEntry("displayName", "Jayden Whitfield").containsEntry("givenName", "Jayden")
                .containsEntry("familyName", "Whitfield");
    }

    @Test
    void someoneAReferralBroughtToACaseCountsAsOnItForTheNextReferral() {
        String referral = inTriage(Referrals.typical());
        UUID child = child(referral);
        UUID caseId = caseOpenedAbout(UUID.randomUUID(), "EH-2026-000103");
        Api.read(Agencies.hubScreener(), referral).body("openCases", hasSize(0));

        // Another referral naming this child (as a sibling) joined the case: the case's family now includes them.
        UUID sibling = UUID.randomUUID();
        caseFeed.deliver(CaseFeed.ReferralJoined.TYPE, caseId, new CaseFeed.ReferralJoined(caseId, UUID.randomUUID(),
                Agencies.POLICE, List.of(sibling, child), Agencies.HEALTH_VISITING, "eastmere"));

        Api.read(Agencies.hubScreener(), referral).body("openCases[0].caseId", equalTo(caseId.toString()))
                .body("openCases[0].childPersonIds", contains(child.toString()));
    }

    @Test
    void aClosedCaseStandsInNoOnesWayAndAReopenedOneDoesAgain() {
        String first = inTriage(Referrals.typical());
        UUID child = child(first);
        UUID caseId = caseOpenedAbout(child, "EH-2026-000102");
        caseFeed.deliver(CaseFeed.Closed.TYPE, caseId, new CaseFeed.Closed(caseId, List.of(), List.of(child), Agencies.HEALTH_VISITING,
                "needs-met", List.of(), "eastmere"));
        Api.read(Agencies.hubScreener(), first).body("openCases", hasSize(0));

        caseFeed.deliver(CaseFeed.Reopened.TYPE, caseId, new CaseFeed.Reopened(caseId, List.of(), List.of(child), "eastmere"));
        // Handed to another lead meanwhile: the hub is told who leads it now.
        caseFeed.deliver(CaseFeed.Transferred.TYPE, caseId, new CaseFeed.Transferred(caseId, List.of(child),
                Agencies.HEALTH_VISITING, Agencies.CHARITY, "eastmere"));
        Api.act(Agencies.hubScreener(), first, "accept", Map.of("leadAgency", Agencies.HEALTH_VISITING))
                .statusCode(409).body("openCases[0].leadAgency", equalTo(Agencies.CHARITY));

        caseFeed.deliver(CaseFeed.Closed.TYPE, caseId, new CaseFeed.Closed(caseId, List.of(), List.of(child), Agencies.CHARITY,
                "needs-met", List.of(), "eastmere"));
        Api.act(Agencies.hubScreener(), first, "accept", Map.of("leadAgency", Agencies.HEALTH_VISITING)).statusCode(200);
    }
}
