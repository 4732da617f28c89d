package org.earlyhelp.referral;

import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.fuzz.JsonBodies;
import org.earlyhelp.platform.test.fuzz.ServerOwnedFields;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Mass assignment: what the service decides (ids, status, queue, the referring agency and
 * practitioner, the lead agency, times, version, person ids) cannot be set through a request
 * body. Each such field is refused with a 400 naming it, and nothing is stored or changed.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ServerOwnedFieldsTest {

    @Inject
    DataSource dataSource;

    @ParameterizedTest(name = "a new referral naming {0} = {1} is refused")
    @CsvSource(delimiter = '|', textBlock = """
            id                      | "7d3c8f0e-6a55-4f8e-9a2b-1f0c2d3e4f5a"
            status                  | "accepted"
            queue                   | "immediate-risk"
            immediateRisk           | true
            referringAgency         | "northshire-early-help"
            referredBy              | "someone.else"
            viaPartnerSystem        | true
            submittedAt             | "2020-01-01T00:00:00Z"
            decisionDueBy           | "2099-01-01T00:00:00Z"
            overdue                 | false
            decidedAt               | "2020-01-02T00:00:00Z"
            leadAgency              | "northshire-police"
            decisionReason          | "accepted by the referrer"
            caseOutcome             | "closed"
            closedAt                | "2020-01-03T00:00:00Z"
            createdBy               | "someone.else"
            createdAt               | "2020-01-01T00:00:00Z"
            version                 | 7
            children[0].personId    | "7d3c8f0e-6a55-4f8e-9a2b-1f0c2d3e4f5a"
            household[0].personId   | "7d3c8f0e-6a55-4f8e-9a2b-1f0c2d3e4f5a"
            """)
    void aNewReferralCannotSetWhatTheServiceDecides(String field, String value) {
        Map<String, Object> referral = Referrals.typical().member("Donna", "Whitfield", "1985-03-02", "mother").build();

        ServerOwnedFields.in(dataSource).refused(field, () -> Api.submit(Agencies.teacher(), JsonBodies.with(referral, field, value)));
    }

    @ParameterizedTest(name = "accepting a referral naming {0} = {1} is refused")
    @CsvSource(delimiter = '|', textBlock = """
            id               | "7d3c8f0e-6a55-4f8e-9a2b-1f0c2d3e4f5a"
            status           | "closed"
            version          | 99
            referringAgency  | "northshire-early-help"
            decidedAt        | "2020-01-02T00:00:00Z"
            decidedBy        | "someone.else"
            closedAt         | "2020-01-03T00:00:00Z"
            caseOutcome      | "closed"
            queue            | "immediate-risk"
            """)
    void aDecisionCannotSetWhatTheServiceDecides(String field, String value) {
        String referral = Api.submitted(Agencies.teacher(), Referrals.typical().build());
        Api.act(Agencies.hubScreener(), referral, "triage", null).statusCode(200);
        String etag = Api.etag(Agencies.hubScreener(), referral);
        Map<String, Object> acceptance = Map.of("leadAgency", Agencies.HEALTH_VISITING, "reason", "Known to health visiting");

        ServerOwnedFields.in(dataSource).refused(field,
                () -> Api.actWith(Agencies.hubScreener(), referral, "accept", JsonBodies.with(acceptance, field, value), etag));
        Api.read(Agencies.hubScreener(), referral).statusCode(200).header("ETag", etag).body("status", equalTo("in-triage"));
    }

    @ParameterizedTest(name = "withdrawing a referral naming {0} is refused")
    @CsvSource(delimiter = '|', textBlock = """
            status           | "withdrawn"
            version          | 99
            closedAt         | "2020-01-03T00:00:00Z"
            referredBy       | "someone.else"
            """)
    void aWithdrawalCannotSetWhatTheServiceDecides(String field, String value) {
        String referral = Api.submitted(Agencies.teacher(), Referrals.typical().build());
        String etag = Api.etag(Agencies.teacher(), referral);

        ServerOwnedFields.in(dataSource).refused(field, () -> Api.actWith(Agencies.teacher(), referral, "withdraw",
                JsonBodies.with(Map.of("reason", "Family moved away"), field, value), etag));
        Api.read(Agencies.teacher(), referral).statusCode(200).header("ETag", etag).body("status", equalTo("submitted"));
    }
}
