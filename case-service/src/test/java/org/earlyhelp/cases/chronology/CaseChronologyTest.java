package org.earlyhelp.cases.chronology;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.earlyhelp.cases.Agencies;
import org.earlyhelp.cases.StubNeighbours;
import org.earlyhelp.cases.dataprotection.CaseFiles;
import org.earlyhelp.cases.opening.ReferralFeed;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Issue 29 point 3, case-service's part of one child's story ({@code GET /api/chronology/case/people/{id}}, what
 * consent-service asks with the caller's token): a worked case (team member, need, plan action, review, a declined
 * transfer), then closed. The hub of the area and the lead see its key events oldest first, the closure with its outcome
 * per need; anyone who may not see the case sees nothing; every read is audited with its purpose.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(StubNeighbours.class)
class CaseChronologyTest {

    @Inject
    ReferralFeed referrals;

    private static ValidatableResponse part(String bearer, Object person, String purpose) {
        var request = given().header("Authorization", bearer);
        if (purpose != null) {
            request.queryParam("purpose", purpose);
        }
        return request.when().get("/api/chronology/case/people/" + person).then();
    }

    private static List<Map<String, Object>> entries(String bearer, Object person) {
        return part(bearer, person, "Team around the family meeting").statusCode(200).extract().jsonPath().getList("entries");
    }

    private static List<String> kinds(List<Map<String, Object>> entries) {
        return entries.stream().map(entry -> (String) entry.get("kind")).toList();
    }

    @Test
    void theHubOfTheAreaAndTheLeadSeeTheCasesKeyEventsOldestFirstAndItsClosureWithOutcomes() {
        CaseFiles.Built built = CaseFiles.worked(referrals, LocalDate.of(2016, 3, 4));
        CaseFiles.close(built);

        for (String entitled : List.of(Agencies.hubScreener(), Agencies.healthVisitorLead(), Agencies.healthVisitor())) {
            List<Map<String, Object>> entries = entries(entitled, built.family().child);
            assertThat(entries.stream().map(entry -> Instant.parse((String) entry.get("at"))).toList()).isSorted();
            assertThat(entries).allSatisfy(entry -> {
                assertThat(entry).containsEntry("context", "case").containsEntry("recordType", "case")
                        .containsEntry("recordId", built.caseId());
            });
            assertThat(kinds(entries)).startsWith("case.opened").contains("case.member-added", "case.need-assessed",
                    "case.action-added", "case.reviewed", "case.transfer-requested", "case.transfer-declined").endsWith("case.closed");
            Map<String, Object> closed = entries.get(entries.size() - 1);
            assertThat(closed.get("details").toString()).contains("needs-met", "housing", "Plan complete " + built.marker());
        }
        // The mother is in the same family: her story has the same case.
        assertThat(kinds(entries(Agencies.hubScreener(), built.family().parent))).contains("case.opened", "case.closed");
    }

    @Test
    void whoMayNotSeeTheCaseSeesNothingOfIt() {
        CaseFiles.Built built = CaseFiles.open(referrals, LocalDate.of(2017, 5, 6));
        for (String stranger : List.of(Agencies.westbrookScreener(), Agencies.policeOfficer(), Agencies.teacher(), Agencies.auditor(),
                Agencies.dataProtectionOfficer())) {
            assertThat(entries(stranger, built.family().child)).isEmpty();
        }
    }

    @Test
    void everyReadIsAuditedWithItsPurposeAndABadPurposeIs400() {
        CaseFiles.Built built = CaseFiles.open(referrals, LocalDate.of(2018, 7, 8));
        String purpose = "Review preparation " + built.marker();
        part(Agencies.hubScreener(), built.family().child, purpose).statusCode(200);

        List<Map<String, Object>> items = given().header("Authorization", Agencies.auditor())
                .queryParam("user", Tokens.subjectOf("hub.patel")).queryParam("action", "chronology").queryParam("size", 100)
                .when().get("/api/audit/case").then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(items.stream().filter(item -> purpose.equals(item.get("purpose")))).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry("outcome", "success").containsEntry("resourceType", "person")
                    .containsEntry("resourceId", built.family().child.toString());
        });

        part(Agencies.hubScreener(), built.family().child, null).statusCode(400).contentType("application/problem+json");
        part(Agencies.hubScreener(), built.family().child, " ").statusCode(400).contentType("application/problem+json");
        part(Agencies.hubScreener(), built.family().child, "y".repeat(201)).statusCode(400).contentType("application/problem+json");
    }
}
