package org.earlyhelp.referral;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.fuzz.BadInputFuzzer;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every operation of /openapi/referral, sent malformed in every way its schemas suggest: each
 * answer is a 4xx problem that shows no internals, and no referral, person or event is stored
 * or changed because of one.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class GeneratedBadInputTest {

    @Inject
    DataSource dataSource;

    @Test
    void malformedRequestsAreRefusedWithProblemsAndChangeNothing() {
        String referral = Api.submitted(Agencies.hubScreener(), Referrals.typical().build());

        BadInputFuzzer.ofService("referral-service", "referral")
                .caller(Agencies.hubScreener())
                .caller("/api/audit/", Agencies.auditor())
                .caller("/api/events/", Agencies.eventConsumer())
                .baseline("post /api/referrals", () -> Referrals.typical().member("Donna", "Whitfield", "1985-03-02", "mother").build())
                .baseline("post /api/referrals/{id}/accept", () -> Map.of("leadAgency", Agencies.HEALTH_VISITING,
                        "reason", "Health visiting knows the family best"))
                .baseline("post /api/referrals/{id}/escalate", GeneratedBadInputTest::reason)
                .baseline("post /api/referrals/{id}/close-with-no-further-action", GeneratedBadInputTest::reason)
                .baseline("post /api/referrals/{id}/withdraw", GeneratedBadInputTest::reason)
                .baseline("post /api/onward-referrals/{id}/decline", GeneratedBadInputTest::reason)
                .baseline("post /api/referrals/{id}/signpost", () -> Map.of("reason", "Parenting support fits best",
                        "services", List.of(Map.of("serviceId", UUID.randomUUID().toString(), "note", "Tuesday group"))))
                .baseline("post /api/referrals/{id}/matches/{matchId}/unlink", GeneratedBadInputTest::reason)
                .baseline("post /api/alerts/{id}/acknowledge", () -> Map.of("note", "Discussed at the hub meeting"))
                .reads("/api/referrals/{id}", Map.of("id", referral))
                .database(dataSource)
                .assertClean();
    }

    private static Map<String, Object> reason() {
        return Map.of("reason", "The family has moved out of the area");
    }
}
