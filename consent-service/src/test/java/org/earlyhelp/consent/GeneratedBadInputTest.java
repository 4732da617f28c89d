package org.earlyhelp.consent;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.earlyhelp.consent.participation.ParticipationFixture;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.fuzz.BadInputFuzzer;
import org.earlyhelp.platform.test.fuzz.Operation;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every operation of /openapi/consent, sent malformed in every way its schemas suggest: each
 * answer is a 4xx problem that shows no internals, and no consent, decision or lawful basis
 * changes because of one.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class GeneratedBadInputTest {

    @Inject
    DataSource dataSource;

    @Inject
    ParticipationFixture participation;

    @Test
    void malformedRequestsAreRefusedWithProblemsAndChangeNothing() {
        UUID child = UUID.randomUUID();
        participation.referralSubmitted(child, "northshire-police");
        UUID consent = ConsentApi.recorded(Staff.hubTriage(), Consents.parentalConsentFor(child));
        String decision = ConsentApi.decide(Staff.hubTriage(), Questions.charityJoiningTeam(child)).statusCode(201)
                .extract().path("id");

        BadInputFuzzer.ofService("consent-service", "consent")
                .caller(Staff.hubTriage().bearer())
                .caller("/api/audit/", Staff.auditor().bearer())
                .caller("/api/events/", Staff.caseService().bearer())
                .baseline("post /api/consents", () -> Consents.parentalConsentFor(child).body())
                .baseline("put /api/consents/{id}", () -> Consents.parentalConsentFor(child).body())
                .baseline("post /api/consents/{id}/withdraw", () -> Map.of("reason", "Mother withdrew consent by phone"))
                .baseline("post /api/lawful-bases", () -> riskOfSignificantHarm(child))
                .baseline("post /api/sharing-decisions", () -> Questions.charityJoiningTeam(child))
                .pathValues(operation -> realIds(operation, consent, decision))
                .database(dataSource)
                .assertClean();
    }

    /** Reads and amendments of real records (If-Match keeps them unchanged); other actions on unknown ids. */
    private static Map<String, String> realIds(Operation operation, UUID consent, String decision) {
        if (operation.method().equals("POST")) {
            return Map.of();
        }
        if (operation.path().startsWith("/api/consents/{id}")) {
            return Map.of("id", consent.toString(), "version", "1");
        }
        if (operation.path().startsWith("/api/sharing-decisions/{id}")) {
            return Map.of("id", decision);
        }
        return Map.of();
    }

    private static Map<String, Object> riskOfSignificantHarm(UUID person) {
        return Map.of("personId", person.toString(),
                "kind", "risk-of-significant-harm",
                "justification", "A new police referral shows the baby is at risk of significant harm from parental drug use.",
                "decidedBy", Map.of("name", "Jo Patel", "role", "Early Help Hub team manager"),
                "purposes", List.of("onward-referral"),
                "recipientAgencies", List.of("northshire-recovery"),
                "dataCategories", List.of("identity", "concerns"));
    }
}
