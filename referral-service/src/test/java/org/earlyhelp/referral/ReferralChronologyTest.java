package org.earlyhelp.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Issue 29 point 3, referral-service's part of one child's story ({@code GET /api/chronology/referral/people/{id}}, what
 * consent-service asks with the caller's token): a child referred by a school, the police and a GP (two matches, one
 * confirmed, and a cumulative alert), the school's referral accepted with health visiting as lead. The hub of the area
 * sees every referral's history, the matches and the alert, oldest first; the lead sees the referral it leads and nothing
 * of the hub's; anyone else sees nothing; every read is audited with its purpose.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ReferralChronologyTest {

    private static String family;
    private static String school;
    private static String police;
    private static String gp;
    private static String child;

    @BeforeEach
    void threeAgenciesReferTheSameChildAndTheHubAcceptsTheSchoolsReferral() {
        if (child != null) {
            return;
        }
        family = Hub.unique();
        String born = BirthDays.of(13);
        school = Api.submitted(Agencies.teacher(), Referrals.child("Jayden", "Whitfield" + family).bornOn(born)
                .onlyConcern("education", "Attendance 62% this term", "medium").build());
        child = Hub.childOf(school);
        police = Api.submitted(Agencies.policeOfficer(), Referrals.child("Jaden", "Whitfeild" + family).bornOn(born)
                .onlyConcern("abuse-exploitation", "Missing overnight, found in town", "high").build());
        Hub.decide(police, Hub.matchId(police, child), "confirm").statusCode(200);
        gp = Api.submitted(Agencies.gp(), Referrals.child("Whitfield" + family, "Jayden").bornOn(born)
                .onlyConcern("health", "Mother's mental health", "medium").build());
        assertThat(Hub.alertsFor(child, null)).isNotEmpty();

        Api.act(Agencies.hubScreener(), school, "triage", null).statusCode(200);
        Api.consentToLead(school, Agencies.HEALTH_VISITING);
        Api.act(Agencies.hubScreener(), school, "accept", Map.of("leadAgency", Agencies.HEALTH_VISITING, "reason", "Known to HV"))
                .statusCode(200);
    }

    private static ValidatableResponse part(String bearer, String person, String purpose) {
        var request = given().header("Authorization", bearer);
        if (purpose != null) {
            request.queryParam("purpose", purpose);
        }
        return request.when().get("/api/chronology/referral/people/" + person).then();
    }

    private static List<Map<String, Object>> entries(String bearer, String purpose) {
        return part(bearer, child, purpose).statusCode(200).extract().jsonPath().getList("entries");
    }

    private static List<String> kinds(List<Map<String, Object>> entries) {
        return entries.stream().map(entry -> (String) entry.get("kind")).toList();
    }

    private static List<Map<String, Object>> audited(String username, String purpose) {
        List<Map<String, Object>> items = given().header("Authorization", Agencies.auditor()).queryParam("user", Tokens.subjectOf(username))
                .queryParam("action", "chronology").queryParam("size", 100).when().get("/api/audit/referral").then()
                .statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(item -> purpose.equals(item.get("purpose"))).toList();
    }

    @Test
    void theHubOfTheAreaSeesEveryReferralTheMatchesAndTheAlertOldestFirst() {
        String purpose = "Strategy discussion " + Hub.unique();
        List<Map<String, Object>> entries = entries(Agencies.hubScreener(), purpose);

        assertThat(entries.stream().map(entry -> Instant.parse((String) entry.get("at"))).toList()).isSorted();
        assertThat(entries).allSatisfy(entry -> assertThat(entry.get("context")).isEqualTo("referral"));
        assertThat(kinds(entries)).contains("referral.submitted", "referral.triage-started", "referral.accepted",
                "referral.person-linked", "person-match.found", "person-match.confirmed", "concern-alert.raised");
        assertThat(entries.stream().filter(entry -> entry.get("kind").equals("referral.submitted")).map(entry -> entry.get("recordId")))
                .containsExactlyInAnyOrder(school, police);
        // The GP's child is the same child only once the hub confirms it: until then, only the match tells of it.
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.get("kind")).isEqualTo("person-match.found");
            assertThat(entry.get("details").toString()).contains(gp);
        });
        Map<String, Object> referred = entries.stream().filter(entry -> entry.get("kind").equals("referral.submitted")
                && entry.get("recordId").equals(school)).findFirst().orElseThrow();
        assertThat(referred).containsEntry("agency", Agencies.SCHOOL).containsEntry("recordType", "referral");
        assertThat(referred.get("details").toString()).contains("Attendance 62% this term", "education");
        Map<String, Object> accepted = entries.stream().filter(entry -> entry.get("kind").equals("referral.accepted")).findFirst()
                .orElseThrow();
        assertThat(accepted.get("details").toString()).contains(Agencies.HEALTH_VISITING, "Known to HV");

        assertThat(audited("sam.screener", purpose)).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry("outcome", "success").containsEntry("resourceType", "person")
                    .containsEntry("resourceId", child);
            assertThat(entry.get("personIds")).asList().contains(child);
        });
    }

    @Test
    void theLeadAgencySeesTheReferralItLeadsAndNothingOfTheHubs() {
        List<Map<String, Object>> entries = entries(Agencies.healthVisitor(), "Preparing the first home visit");

        assertThat(entries).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.get("recordType")).isEqualTo("referral");
            assertThat(entry.get("recordId")).isEqualTo(school);
        });
        assertThat(kinds(entries)).contains("referral.submitted", "referral.accepted")
                .noneMatch(kind -> kind.startsWith("person-match") || kind.startsWith("concern-alert"));
    }

    @Test
    void aReferrerSeesItsOwnReferralOnly() {
        assertThat(entries(Agencies.policeOfficer(), "Checking what became of our referral"))
                .isNotEmpty().allSatisfy(entry -> assertThat(entry.get("recordId")).isEqualTo(police));
    }

    @Test
    void anotherAreasHubAnotherAgencyTheAuditorAndTheDataProtectionOfficerSeeNothing() {
        for (String stranger : List.of(Agencies.westbrookScreener(), Agencies.charityWorker(), Agencies.auditor(),
                Agencies.dataProtectionOfficer(), Agencies.mentalHealth())) {
            assertThat(entries(stranger, "Curious")).isEmpty();
        }
    }

    @Test
    void anOnwardReferralIsSeenByTheHubAndTheReceiverButNotItsReferral() {
        String referral = Api.submitted(Agencies.teacher(), Referrals.child("Maisie", "Quennell" + Hub.unique()).build());
        String signposted = Hub.childOf(referral);
        Api.act(Agencies.hubScreener(), referral, "triage", null).statusCode(200);
        StubSharingGate.permit(signposted, Agencies.CHARITY, "identity", "concerns");
        Api.act(Agencies.hubScreener(), referral, "signpost", Map.of("reason", "A parenting course fits", "services",
                List.of(Map.of("serviceId", StubServiceDirectory.PARENTING_COURSE.toString(), "note", "Mornings")))).statusCode(200);

        List<Map<String, Object>> hub = part(Agencies.hubScreener(), signposted, "Triage").statusCode(200).extract().jsonPath()
                .getList("entries");
        assertThat(kinds(hub)).contains("referral.signposted", "onward-referral.created", "onward-referral.sent");
        List<Map<String, Object>> receiver = part(Agencies.charityWorker(), signposted, "Our inbox").statusCode(200).extract()
                .jsonPath().getList("entries");
        assertThat(kinds(receiver)).contains("onward-referral.sent").allMatch(kind -> kind.startsWith("onward-referral."));
    }

    @Test
    void aMissingBlankOrTooLongPurposeIs400AndAnotherServicesNameOrABadIdIsRefused() {
        part(Agencies.hubScreener(), child, null).statusCode(400).contentType("application/problem+json");
        part(Agencies.hubScreener(), child, "   ").statusCode(400).contentType("application/problem+json");
        part(Agencies.hubScreener(), child, "x".repeat(201)).statusCode(400).contentType("application/problem+json");
        part(Agencies.hubScreener(), "not-a-uuid", "Triage").statusCode(400).contentType("application/problem+json");
        given().header("Authorization", Agencies.hubScreener()).queryParam("purpose", "Triage").when()
                .get("/api/chronology/case/people/" + child).then().statusCode(404).contentType("application/problem+json");
        given().queryParam("purpose", "Triage").when().get("/api/chronology/referral/people/" + child).then().statusCode(401);
    }
}
