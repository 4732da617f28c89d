package org.earlyhelp.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Accepting a referral hands the family's data to the lead agency (ARCHITECTURE §3): the agency must be in the agency
 * register and serve the referral's district, and consent-service must permit the share (purpose
 * {@code early-help-assessment}) for everyone on the referral. A deny leaves the referral in triage for the hub to
 * record consent or a lawful basis and try again; no answer is a 503, and nothing changes either way.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class LeadAgencyConsentTest {

    @AfterEach
    void consentServiceBack() {
        StubSharingGate.unreachable(false);
    }

    private static String inTriage(Referrals referral, String screener) {
        String id = Api.submitted(Agencies.teacher(), referral.build());
        Api.act(screener, id, "triage", null).statusCode(200);
        return id;
    }

    private static List<String> people(String referral) {
        var read = Api.read(Agencies.hubScreener(), referral).extract().jsonPath();
        List<String> people = new java.util.ArrayList<>(read.getList("children.personId"));
        people.addAll(read.getList("household.personId"));
        return people;
    }

    @Test
    void withoutConsentTheLeadAgencyReceivesNothingAndTheHubIsToldWhyThenAcceptsOnceConsentIsRecorded() {
        String referral = inTriage(Referrals.typical().member("Donna", "Whitfield", "1985-03-02", "mother"), Agencies.hubScreener());
        StubSharingGate.askedInATransaction();

        Api.act(Agencies.hubScreener(), referral, "accept", Map.of("leadAgency", Agencies.HEALTH_VISITING, "reason", "Known to HV"))
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(Agencies.HEALTH_VISITING))
                .body("detail", containsString("no-consent-or-lawful-basis"))
                .body("detail", containsString("record the family's consent or a lawful basis"));

        Api.read(Agencies.hubScreener(), referral).body("status", equalTo("in-triage"));
        Api.read(Agencies.healthVisitor(), referral).statusCode(404);
        assertThat(Feed.events(Agencies.eventConsumer(), "referral.accepted")).noneMatch(e -> referral.equals(e.get("subject")));
        assertThat(StubSharingGate.askedInATransaction()).as("consent-service asked inside a transaction").isFalse();

        // Consent for the child only is not enough: the mother's details would go too.
        StubSharingGate.permitLead(Agencies.HEALTH_VISITING, people(referral).subList(0, 1));
        Api.act(Agencies.hubScreener(), referral, "accept", Map.of("leadAgency", Agencies.HEALTH_VISITING)).statusCode(409);

        StubSharingGate.permitLead(Agencies.HEALTH_VISITING, people(referral));
        Api.act(Agencies.hubScreener(), referral, "accept", Map.of("leadAgency", Agencies.HEALTH_VISITING, "reason", "Known to HV"))
                .statusCode(200).body("status", equalTo("accepted")).body("leadAgency", equalTo(Agencies.HEALTH_VISITING));
        Api.read(Agencies.healthVisitor(), referral).statusCode(200);
        assertThat(Feed.about(Agencies.eventConsumer(), "referral.accepted", referral)).isNotNull();
    }

    @Test
    void anAgencyNotInTheRegisterOrNotServingTheReferralsDistrictCannotLead() {
        String referral = inTriage(Referrals.typical().area("westbrook"), Agencies.westbrookScreener());
        StubSharingGate.permitLead(Agencies.GP, people(referral));

        Api.act(Agencies.westbrookScreener(), referral, "accept", Map.of("leadAgency", "northshire-helth-visiting"))
                .statusCode(422).contentType("application/problem+json");
        // Eastmere Surgery serves Eastmere only: a case in Westbrook led by it would have nobody to work it.
        Api.act(Agencies.westbrookScreener(), referral, "accept", Map.of("leadAgency", Agencies.GP))
                .statusCode(422).contentType("application/problem+json")
                .body("detail", containsString(Agencies.GP)).body("detail", containsString("westbrook"));
        Api.read(Agencies.westbrookScreener(), referral).body("status", equalTo("in-triage"));
    }

    @Test
    void theReferringAgencyLeadsWithoutAQuestionForItAlreadyHoldsTheReferral() {
        String referral = inTriage(Referrals.typical(), Agencies.hubScreener());
        StubSharingGate.unreachable(true);
        Api.act(Agencies.hubScreener(), referral, "accept", Map.of("leadAgency", Agencies.SCHOOL, "reason", "The school knows them"))
                .statusCode(200).body("leadAgency", equalTo(Agencies.SCHOOL));
    }

    @Test
    void consentServiceUnreachableIsA503AndNothingIsHalfDone() {
        String referral = inTriage(Referrals.typical(), Agencies.hubScreener());
        StubSharingGate.permitLead(Agencies.HEALTH_VISITING, people(referral));
        StubSharingGate.unreachable(true);

        Api.act(Agencies.hubScreener(), referral, "accept", Map.of("leadAgency", Agencies.HEALTH_VISITING))
                .statusCode(503).contentType("application/problem+json");
        Api.read(Agencies.hubScreener(), referral).body("status", equalTo("in-triage"));
        assertThat(Feed.events(Agencies.eventConsumer(), "referral.accepted")).noneMatch(e -> referral.equals(e.get("subject")));

        StubSharingGate.unreachable(false);
        Api.act(Agencies.hubScreener(), referral, "accept", Map.of("leadAgency", Agencies.HEALTH_VISITING)).statusCode(200);
    }
}
