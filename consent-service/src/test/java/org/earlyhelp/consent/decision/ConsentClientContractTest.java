package org.earlyhelp.consent.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.earlyhelp.consent.ConsentApi.recorded;
import static org.earlyhelp.consent.ConsentApi.withdraw;

import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.consent.Consents;
import org.earlyhelp.consent.Staff;
import org.earlyhelp.consent.client.ConsentClient;
import org.earlyhelp.consent.client.DataCategory;
import org.earlyhelp.consent.client.Purpose;
import org.earlyhelp.consent.client.SharingDecision;
import org.earlyhelp.consent.client.SharingQuestion;
import org.earlyhelp.consent.participation.ParticipationFixture;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The client referral-service and case-service use speaks this service's API exactly: the contract, tested for real. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ConsentClientContractTest {

    @Inject
    ConsentClient client;

    @Inject
    ParticipationFixture participation;

    @Test
    void theConsentClientGetsThisServicesPermitsAndDenies() {
        UUID child = UUID.randomUUID();
        participation.referralSubmitted(child, "northshire-health-visiting");
        UUID consent = recorded(Staff.healthVisitorLead(), Consents.parentalConsentFor(child));
        SharingQuestion charityJoining = new SharingQuestion(child, "brightstart-family-support",
                Purpose.TEAM_AROUND_FAMILY, Set.of(DataCategory.IDENTITY, DataCategory.CONCERNS));

        SharingDecision permit = client.decide(charityJoining, Staff.healthVisitorLead().sign());

        assertThat(permit.permits()).isTrue();
        assertThat(permit.consentId()).isEqualTo(consent);
        assertThat(permit.consentVersion()).isEqualTo(1);
        assertThat(permit.decisionId()).isNotNull();

        withdraw(Staff.healthVisitorLead(), consent, null).statusCode(200);
        SharingDecision deny = client.decide(charityJoining, Staff.healthVisitorLead().sign());

        assertThat(deny.permits()).isFalse();
        assertThat(deny.reasons()).containsExactly("consent-withdrawn");
        assertThat(deny.unavailable()).isFalse();
    }

    @Test
    void aQuestionThisServiceRefusesIsADenyForTheClient() {
        UUID child = UUID.randomUUID();
        SharingQuestion aboutSomeoneElse = new SharingQuestion(child, "brightstart-family-support",
                Purpose.TEAM_AROUND_FAMILY, Set.of(DataCategory.IDENTITY));

        SharingDecision decision = client.decide(aboutSomeoneElse, Staff.policeSystem().sign());

        assertThat(decision.permits()).isFalse();
        assertThat(decision.reasons()).containsExactly(SharingDecision.UNAVAILABLE);
    }
}
