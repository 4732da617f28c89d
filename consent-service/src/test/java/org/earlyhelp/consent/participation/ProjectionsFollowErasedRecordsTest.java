package org.earlyhelp.consent.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.earlyhelp.consent.ConsentApi.read;
import static org.earlyhelp.consent.ConsentApi.recorded;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.consent.Consents;
import org.earlyhelp.consent.Staff;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * When referral-service or case-service erases one of its records ({@code record.erased} on its feed, decision 0062),
 * consent-service drops what it projected from that record: the agencies taking part because of it, the area it gave
 * the hub, the links confirmed on it. Reach resting on the person's other work stays; the same event twice is harmless.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ProjectionsFollowErasedRecordsTest {

    @Inject
    ParticipationFixture participation;
    @Inject
    AgroalDataSource dataSource;

    private UUID child;

    @BeforeEach
    void aChild() {
        child = UUID.randomUUID();
    }

    @Test
    void anErasedReferralTakesItsParticipationAndAreaAndTheOtherReferralsStay() throws SQLException {
        UUID policeReferral = participation.referralSubmitted(child, "northshire-police", "eastmere");
        participation.referralSubmitted(child, "eastmere-academy", "westbrook");
        UUID consent = recorded(Staff.hubTriage(), Consents.parentalConsentFor(child));
        read(Staff.policeOfficer(), consent).statusCode(200);
        read(Staff.hubTriageOf("eastmere"), consent).statusCode(200);

        participation.referralErased(policeReferral, "referral-led-nowhere", child);
        participation.referralErased(policeReferral, "referral-led-nowhere", child);

        read(Staff.policeOfficer(), consent).statusCode(404);
        read(Staff.hubTriageOf("eastmere"), consent).statusCode(404);
        read(Staff.schoolPractitioner(), consent).statusCode(200);
        read(Staff.hubTriageOf("westbrook"), consent).statusCode(200);
        assertThat(rows("select count(*) from participation where source = ?", "referral:" + policeReferral)).isZero();
        assertThat(rows("select count(*) from person_area where source = ?", "referral:" + policeReferral)).isZero();
    }

    @Test
    void anErasedCaseTakesTheLeadAndTeamItGave() {
        participation.referralSubmitted(child, "northshire-police");
        UUID kase = participation.caseOpened(child, "northshire-health-visiting");
        participation.caseMemberAdded(kase, child, "brightstart-family-support");
        UUID consent = recorded(Staff.hubTriage(), Consents.parentalConsentFor(child));
        read(Staff.healthVisitorLead(), consent).statusCode(200);
        read(Staff.charityWorker(), consent).statusCode(200);

        participation.caseErased(kase, child);

        read(Staff.healthVisitorLead(), consent).statusCode(404);
        read(Staff.charityWorker(), consent).statusCode(404);
        read(Staff.policeOfficer(), consent).statusCode(200);
    }

    @Test
    void anErasedOnwardReferralTakesItsReceiver() {
        participation.referralSubmitted(child, "northshire-police");
        UUID onward = participation.onwardReferralSent(child, "northshire-recovery");
        UUID consent = recorded(Staff.hubTriage(), Consents.onwardReferralConsentFor(child));
        read(Staff.recoveryWorker(), consent).statusCode(200);

        participation.referralErased(onward, "onward-referral-not-shared", child);

        read(Staff.recoveryWorker(), consent).statusCode(404);
    }

    @Test
    void aLinkConfirmedOnAnErasedReferralGoesWithIt() throws SQLException {
        UUID minted = UUID.randomUUID();
        participation.referralSubmitted(child, "northshire-police");
        UUID schoolsReferral = participation.referralSubmitted(minted, "eastmere-academy");
        participation.personLinked(schoolsReferral, "eastmere-academy", minted, child);
        UUID consentForChild = recorded(Staff.hubTriage(), Consents.parentalConsentFor(child));
        read(Staff.schoolPractitioner(), consentForChild).statusCode(200);

        participation.referralErased(schoolsReferral, "referral-led-nowhere", minted);

        read(Staff.schoolPractitioner(), consentForChild).statusCode(404);
        assertThat(rows("select count(*) from person_link where referral_id = ?", schoolsReferral)).isZero();
        assertThat(rows("select count(*) from same_person where person_id in (?, ?)", child, minted)).isZero();
        read(Staff.policeOfficer(), consentForChild).statusCode(200);
    }

    private long rows(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
