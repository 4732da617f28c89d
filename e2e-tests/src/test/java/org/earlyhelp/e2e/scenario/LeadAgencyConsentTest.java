package org.earlyhelp.e2e.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;

import org.earlyhelp.e2e.Agency;
import org.earlyhelp.e2e.Cases;
import org.earlyhelp.e2e.EndToEnd;
import org.earlyhelp.e2e.Eventually;
import org.earlyhelp.e2e.Gateway;
import org.earlyhelp.e2e.Hub;
import org.earlyhelp.e2e.Login;
import org.earlyhelp.e2e.Referrals;
import org.junit.jupiter.api.Test;

import io.restassured.response.Response;

/**
 * Accepting a referral hands the family's data to the lead agency, so referral-service asks consent-service first
 * (purpose {@code early-help-assessment}): without the family's consent the hub is told why and the referral stays in
 * triage; once the consent is recorded the same acceptance goes through and the case opens.
 */
@EndToEnd
class LeadAgencyConsentTest {

    @Test
    void theLeadAgencyReceivesTheReferralOnlyOnceTheFamilysConsentIsRecorded() {
        Referrals.Submitted referral = Referrals.routine()
                .member("Dana", "Okoro", LocalDate.now().minusYears(34), "mother")
                .submitBy(Login.TEACHER_EVANS);
        Referrals.Submitted inTriage = Hub.startTriage(referral);

        // consent-service learns who the hub screens from the referral feed a moment after the referral: until then it
        // cannot answer (503); then it answers with a deny, since no consent is recorded.
        Response refused = Eventually.get(() -> Hub.acceptInTriage(inTriage, Agency.HEALTH_VISITING),
                answer -> answer.statusCode() != 503);
        refused.then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("sharing-refused"))
                .body("refusals.personId", hasItem(referral.childPersonId().toString()))
                .body("detail", containsString("record the family's consent or a lawful basis"));
        Gateway.as(Login.HUB_PATEL).when().get("/api/referrals/{id}", referral.id())
                .then().statusCode(200).body("status", equalTo("in-triage"));
        Gateway.as(Login.HV_MORGAN).when().get("/api/referrals/{id}", referral.id()).then().statusCode(404);

        Hub.consentToLead(referral, Agency.HEALTH_VISITING);
        Hub.acceptInTriage(inTriage, Agency.HEALTH_VISITING)
                .then().statusCode(200).body("status", equalTo("accepted")).body("leadAgency", equalTo(Agency.HEALTH_VISITING.code()));
        assertThat(Cases.openedFor(referral.id(), Login.HV_MORGAN)).isNotNull();
    }
}
