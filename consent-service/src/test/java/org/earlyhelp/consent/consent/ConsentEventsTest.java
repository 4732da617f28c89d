package org.earlyhelp.consent.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.earlyhelp.consent.ConsentApi.decide;
import static org.earlyhelp.consent.ConsentApi.read;
import static org.earlyhelp.consent.ConsentApi.recorded;
import static org.earlyhelp.consent.ConsentApi.withdraw;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.consent.Consents;
import org.earlyhelp.consent.EventFeed;
import org.earlyhelp.consent.Questions;
import org.earlyhelp.consent.Staff;
import org.earlyhelp.consent.participation.ParticipationFixture;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Withdrawal and expiry reach the agencies concerned on the event feed, with the person and the
 * agencies affected, so case-service can end the access that rested on the consent.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ConsentEventsTest {

    @Inject
    ParticipationFixture participation;

    private UUID child;

    @BeforeEach
    void policeAndTheCharityWorkWithTheChild() {
        child = UUID.randomUUID();
        participation.referralSubmitted(child, "northshire-police");
        participation.caseMemberAdded(UUID.randomUUID(), child, "brightstart-family-support");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWithdrawalIsPublishedWithThePersonAndTheAgenciesAffected() {
        UUID consent = recorded(Staff.policeOfficer(), Consents.parentalConsentFor(child)
                .permit("onward-referral").toAgencies("dwp-northshire").categories("identity"));
        withdraw(Staff.policeOfficer(), consent, "Withdrawn by the mother").statusCode(200);

        List<Map<String, Object>> withdrawn = EventFeed.about(Staff.caseService(), "consent.withdrawn", consent);
        assertThat(withdrawn).hasSize(1);
        Map<String, Object> event = withdrawn.get(0);
        assertThat(event.get("source")).isEqualTo("/early-help/consent");
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) event.get("data");
        assertThat(data.get("consentId")).isEqualTo(consent.toString());
        assertThat(data.get("personId")).isEqualTo(child.toString());
        assertThat(data.get("version")).isEqualTo(2);
        assertThat(data.get("status")).isEqualTo("withdrawn");
        assertThat((List<Object>) data.get("recipientAgencies")).containsExactly("dwp-northshire");
        assertThat((List<Object>) data.get("recipientAgencyTypes")).containsExactly("charity", "health");
        assertThat((List<Object>) data.get("purposes")).containsExactly("team-around-family", "onward-referral");
        assertThat(data).doesNotContainKeys("personName", "reason", "affectedAgencies");
    }

    @Test
    void eachAffectedAgencyReadsTheWithdrawalOnItsFeedAndNoOtherDoes() {
        UUID consent = recorded(Staff.policeOfficer(), Consents.parentalConsentFor(child));
        withdraw(Staff.policeOfficer(), consent, null).statusCode(200);

        assertThat(EventFeed.about(Staff.charityWorker(), "consent.withdrawn", consent)).hasSize(1);
        assertThat(EventFeed.about(Staff.policeOfficer(), "consent.withdrawn", consent)).hasSize(1);
        // Partner systems read no consent records, so no consent events either (README).
        assertThat(EventFeed.about(Staff.charitySystem(), "consent.withdrawn", consent)).isEmpty();
        assertThat(EventFeed.about(Staff.policeSystem(), "consent.withdrawn", consent)).isEmpty();
        assertThat(EventFeed.about(Staff.hubTriage(), "consent.withdrawn", consent)).hasSize(1);
        assertThat(EventFeed.about(Staff.recoveryWorker(), "consent.withdrawn", consent)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLapsedConsentStopsPermittingAtOnceAndIsMarkedAndAnnouncedAsExpired() {
        UUID consent = recorded(Staff.policeOfficer(), Consents.parentalConsentFor(child).until(Instant.now().plusSeconds(2)));
        decide(Staff.policeOfficer(), Questions.charityJoiningTeam(child)).body("outcome", equalTo("permit"));

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertThat(EventFeed.about(Staff.caseService(), "consent.expired", consent)).hasSize(1));

        decide(Staff.policeOfficer(), Questions.charityJoiningTeam(child))
                .body("outcome", equalTo("deny")).body("reasons", contains("consent-expired"));
        read(Staff.policeOfficer(), consent).body("status", equalTo("expired")).body("version", equalTo(2))
                .body("ended.by", equalTo("consent-expiry"));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) EventFeed.about(Staff.caseService(), "consent.expired", consent)
                .get(0).get("data");
        assertThat(data.get("personId")).isEqualTo(child.toString());
        assertThat(EventFeed.about(Staff.charityWorker(), "consent.expired", consent)).hasSize(1);
    }

    @Test
    void recordingAConsentIsAnnouncedToo() {
        UUID consent = recorded(Staff.policeOfficer(), Consents.parentalConsentFor(child));

        assertThat(EventFeed.about(Staff.caseService(), "consent.recorded", consent)).hasSize(1);
    }
}
