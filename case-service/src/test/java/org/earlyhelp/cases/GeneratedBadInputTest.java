package org.earlyhelp.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.fuzz.BadInputFuzzer;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every operation of /openapi/case, sent malformed in every way its schemas suggest: each
 * answer is a 4xx problem that shows no internals, and no case, team member, plan action,
 * note, review or transfer is stored or changed because of one.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(StubNeighbours.class)
class GeneratedBadInputTest {

    static final Map<String, Object> MOTHER_AND_BABY = Map.of("area", "kingsfold", "needs", List.of("early-years", "health"),
            "people", List.of(Map.of("givenName", "Kerry", "familyName", "Ashdown", "relationship", "mother", "child", false,
                    "postcode", "KF2 7QT"), Map.of("givenName", "Mia", "familyName", "Ashdown", "dateOfBirth", "2026-01-05",
                            "child", true)));

    @Inject
    DataSource dataSource;

    @Test
    void malformedRequestsAreRefusedWithProblemsAndChangeNothing() {
        String caseId = Api.post(Agencies.charityLead(), "/api/cases", MOTHER_AND_BABY).statusCode(201).extract().path("id");

        BadInputFuzzer.ofService("case-service", "case")
                .caller(Agencies.charityLead())
                .caller("/api/audit/", Agencies.auditor())
                .caller("/api/events/", Agencies.eventConsumer())
                .baseline("post /api/cases", () -> MOTHER_AND_BABY)
                .baseline("post /api/cases/{id}/reviews", GeneratedBadInputTest::review)
                .reads("/api/cases/{id}", Map.of("id", caseId))
                .database(dataSource)
                .assertClean();
    }

    /** A review the service accepts (the next one due after it), so that each variant's one flaw is what is refused. */
    private static Map<String, Object> review() {
        return Map.of("heldOn", LocalDate.now().minusDays(7).toString(),
                "attendees", List.of(Map.of("name", "Asha Morgan", "agency", Agencies.HEALTH_VISITING)),
                "nextReviewDue", LocalDate.now().plusDays(30).toString(),
                "summary", "Progress on every need");
    }
}
