package org.earlyhelp.consent.chronology;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.earlyhelp.consent.ConsentApi;
import org.earlyhelp.consent.Consents;
import org.earlyhelp.consent.Staff;
import org.earlyhelp.consent.dataprotection.OpenCaseFixture;
import org.earlyhelp.consent.participation.ParticipationFixture;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Issue 29 point 3, one child's story ({@code GET /api/people/{personId}/chronology}): a family seeded across the
 * contexts — a school's referral in Eastmere, a case led by health visiting with a charity on its team, a closed case once
 * led by mental health, a consent recorded under an id a confirmed match links to the child, a lawful basis — and another
 * family's case. Entitlement row by row from the README's "One child's story" table (the hub of the area and the lead
 * agency of an open case; everyone else 404), the parts merged oldest first, each read and refusal audited with its
 * purpose, a bad purpose 400, a missing part 503. referral- and case-service stand in here ({@link StubParts}); their own
 * parts are tested against their databases in those services.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(StubParts.class)
class PersonChronologyTest {

    private static final String SCHOOL = "eastmere-academy";
    private static final String HEALTH_VISITING = "northshire-health-visiting";
    private static final String MENTAL_HEALTH = "northshire-mental-health";
    private static final String CHARITY = "brightstart-family-support";
    private static final String RECOVERY = "northshire-recovery";

    private static UUID child;
    private static UUID minted;

    @Inject
    ParticipationFixture participation;

    @Inject
    OpenCaseFixture openCases;

    /** One row of the README's table: who, their relationship to the child, what they get. */
    record Row(String who, String relationship, String gets) {

        @Override
        public String toString() {
            return who + " / " + relationship + " → " + gets;
        }
    }

    /** The rows of the "One child's story" access table in consent-service/README.md. */
    static Stream<Row> accessTable() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = lines.indexOf("## One child's story");
        assertThat(start).as("README section \"## One child's story\"").isNotNegative();
        List<Row> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (line.startsWith("| who |")) {
                inTable = true;
            } else if (inTable && line.startsWith("|") && !line.startsWith("|---")) {
                String[] cells = line.split("\\|");
                rows.add(new Row(cells[1].strip(), cells[2].strip(), cells[3].strip()));
            }
        }
        assertThat(rows).hasSizeGreaterThanOrEqualTo(12);
        return rows.stream();
    }

    private static Tokens caller(Row row) {
        return switch (row.who() + "/" + row.relationship()) {
            case "hub-triage/hub of the area" -> Staff.hubTriageOf("eastmere");
            case "hub-triage/hub of another area" -> Staff.hubTriageOf("westbrook");
            case "practitioner/lead of an open case" -> Tokens.user("hv.jones").agency(HEALTH_VISITING, "health").roles("practitioner");
            case "case-lead/lead of an open case" -> Tokens.user("hv.morgan").agency(HEALTH_VISITING, "health").roles("case-lead");
            case "partner system/lead of an open case" -> Tokens.partnerSystem("hv-records-system").agency(HEALTH_VISITING, "health");
            case "practitioner/team of this case (not lead)" -> Staff.charityWorker();
            case "practitioner/team of another family's case" -> Staff.recoveryWorker();
            case "practitioner/referrer (not lead)" -> Staff.schoolPractitioner();
            case "case-lead/lead of a closed case" -> Staff.mentalHealthLead();
            case "practitioner/the hub's agency, without hub-triage" -> Staff.hubPractitioner();
            case "auditor/any" -> Staff.auditor();
            case "data-protection-officer/any" -> Staff.dataProtectionOfficer();
            case "directory-admin/any" -> Staff.hubDirectoryAdmin();
            default -> throw new IllegalArgumentException("No caller for table row " + row);
        };
    }

    private static String userId(Row row) {
        return Tokens.subjectOf(switch (row.who() + "/" + row.relationship()) {
            case "partner system/lead of an open case" -> "service-account-hv-records-system";
            case "hub-triage/hub of the area", "hub-triage/hub of another area" -> "hub.okafor";
            case "practitioner/lead of an open case" -> "hv.jones";
            case "case-lead/lead of an open case" -> "hv.morgan";
            case "practitioner/team of this case (not lead)" -> "worker.ng";
            case "practitioner/team of another family's case" -> "recovery.cole";
            case "practitioner/referrer (not lead)" -> "dsl.ahmed";
            case "case-lead/lead of a closed case" -> "mh.reid";
            case "practitioner/the hub's agency, without hub-triage" -> "hub.bell";
            case "auditor/any" -> "auditor.dpo";
            case "data-protection-officer/any" -> "dpo.reid";
            case "directory-admin/any" -> "directory.admin";
            default -> throw new IllegalArgumentException("No user for table row " + row);
        });
    }

    private static Map<String, Object> entry(String at, String context, String kind, String recordType, String agency) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("at", at);
        entry.put("context", context);
        entry.put("kind", kind);
        entry.put("recordType", recordType);
        entry.put("recordId", UUID.randomUUID().toString());
        entry.put("agency", agency);
        entry.put("by", "someone");
        entry.put("summary", kind);
        entry.put("details", Map.of("area", "eastmere"));
        return entry;
    }

    @BeforeEach
    void aFamilyKnownToTheSuite() {
        if (child != null) {
            return;
        }
        child = UUID.randomUUID();
        minted = UUID.randomUUID();
        UUID referral = participation.referralSubmitted(child, SCHOOL);
        // A later referral named the child under a new id, which the hub confirmed is the same child.
        UUID police = participation.referralSubmitted(minted, "northshire-police");
        participation.personLinked(police, "northshire-police", minted, child);
        UUID kase = participation.caseOpened(child, HEALTH_VISITING);
        openCases.opened(kase, child, HEALTH_VISITING);
        participation.caseMemberAdded(kase, child, CHARITY);
        UUID earlier = participation.caseOpened(child, MENTAL_HEALTH);
        openCases.opened(earlier, child, MENTAL_HEALTH);
        openCases.closed(earlier, child, MENTAL_HEALTH);

        UUID otherChild = UUID.randomUUID();
        participation.referralSubmitted(otherChild, "northshire-police");
        UUID otherCase = participation.caseOpened(otherChild, "dwp-northshire");
        openCases.opened(otherCase, otherChild, "dwp-northshire");
        participation.caseMemberAdded(otherCase, otherChild, RECOVERY);

        ConsentApi.recorded(Staff.healthVisitorLead(), Consents.parentalConsentFor(minted));
        given().header("Authorization", Staff.hubTriage().bearer()).contentType(ContentType.JSON).body(lawfulBasis(child))
                .when().post("/api/lawful-bases").then().statusCode(201);

        StubParts.holds("referral", child, List.of(entry("2026-01-05T09:00:00Z", "referral", "referral.submitted", "referral", SCHOOL),
                entry("2026-01-06T11:30:00Z", "referral", "referral.accepted", "referral", "northshire-early-help")));
        StubParts.holds("case", child, List.of(entry("2026-01-07T10:00:00Z", "case", "case.opened", "case", HEALTH_VISITING)));
        assertThat(referral).isNotNull();
    }

    private static Map<String, Object> lawfulBasis(UUID person) {
        return Map.of("personId", person.toString(), "kind", "risk-of-significant-harm",
                "justification", "A police referral shows a risk of significant harm from parental drug use.",
                "decidedBy", Map.of("name", "Jo Patel", "role", "Early Help Hub team manager"),
                "purposes", List.of("onward-referral"), "recipientAgencies", List.of(RECOVERY),
                "dataCategories", List.of("identity", "concerns"));
    }

    private static ValidatableResponse story(Tokens who, Object person, String purpose) {
        var request = given().header("Authorization", who.bearer());
        if (purpose != null) {
            request.queryParam("purpose", purpose);
        }
        return request.when().get("/api/people/" + person + "/chronology").then();
    }

    private static List<Map<String, Object>> audited(String userId, String purpose) {
        List<Map<String, Object>> items = given().header("Authorization", Staff.auditor().bearer()).queryParam("user", userId)
                .queryParam("action", "chronology").queryParam("size", 100).when().get("/api/audit/consent").then()
                .statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(item -> purpose.equals(item.get("purpose"))).toList();
    }

    private static List<String> kinds(ValidatableResponse response) {
        return response.extract().jsonPath().getList("entries.kind");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accessTable")
    void eachRowOfTheAccessTable(Row row) {
        String purpose = "Row " + row + " " + UUID.randomUUID();
        ValidatableResponse response = story(caller(row), child, purpose);
        List<Map<String, Object>> audited = audited(userId(row), purpose);
        if (row.gets().startsWith("404")) {
            response.statusCode(404).contentType("application/problem+json");
            assertThat(audited).singleElement().satisfies(entry -> assertThat(entry).containsEntry("outcome", "denied")
                    .containsEntry("resourceType", "person").containsEntry("resourceId", child.toString()));
            return;
        }
        assertThat(row.gets()).startsWith("200");
        response.statusCode(200);
        assertThat(kinds(response)).contains("referral.submitted", "case.opened");
        if (row.who().equals("partner system")) {
            assertThat(kinds(response)).doesNotContain("consent.recorded", "lawful-basis.recorded");
        } else {
            assertThat(kinds(response)).contains("consent.recorded");
        }
        assertThat(audited).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry("outcome", "success").containsEntry("resourceType", "person")
                    .containsEntry("resourceId", child.toString());
            assertThat(entry.get("personIds")).asList().contains(child.toString(), minted.toString());
        });
    }

    @Test
    void theHubOfTheAreaReadsEveryContextsPartMergedOldestFirstAskedWithItsOwnTokenAndPurpose() {
        String hub = Staff.hubTriageOf("eastmere").bearer();
        ValidatableResponse response = given().header("Authorization", hub).queryParam("purpose", "Strategy discussion before the meeting")
                .when().get("/api/people/" + child + "/chronology").then().statusCode(200);
        List<Map<String, Object>> entries = response.extract().jsonPath().getList("entries");

        assertThat(response.extract().jsonPath().getString("personId")).isEqualTo(child.toString());
        assertThat(entries.stream().map(entry -> Instant.parse((String) entry.get("at"))).toList()).isSorted();
        assertThat(kinds(response)).startsWith("referral.submitted", "referral.accepted", "case.opened")
                .contains("consent.recorded", "lawful-basis.recorded");
        // The consent was recorded under the id the match linked to the child: it is the child's all the same.
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.get("kind")).isEqualTo("consent.recorded");
            assertThat(entry.get("details").toString()).contains(minted.toString());
        });
        assertThat(StubParts.lastAsked("referral")).startsWith(hub + " ").contains("purpose=Strategy");
        assertThat(StubParts.lastAsked("case")).startsWith(hub + " ");
    }

    @Test
    void aPractitionerOfTheLeadReadsTheConsentButOnlyTheLawfulBasesItsAgencyRecorded() {
        List<String> kinds = kinds(story(Tokens.user("hv.jones").agency(HEALTH_VISITING, "health").roles("practitioner"), child,
                "Home visit").statusCode(200));
        assertThat(kinds).contains("consent.recorded").doesNotContain("lawful-basis.recorded");
        assertThat(kinds(story(Staff.healthVisitorLead(), child, "Planning").statusCode(200))).contains("lawful-basis.recorded");
    }

    @Test
    void theLeadOfAnOpenCaseIsEntitledWhileItLeadsAndAgainWhenItsCaseReopens() {
        UUID person = UUID.randomUUID();
        participation.referralSubmitted(person, SCHOOL);
        UUID kase = participation.caseOpened(person, HEALTH_VISITING);
        openCases.opened(kase, person, HEALTH_VISITING);
        story(Staff.healthVisitorLead(), person, "Planning").statusCode(200);

        openCases.transferred(kase, person, HEALTH_VISITING, MENTAL_HEALTH);
        story(Staff.healthVisitorLead(), person, "Planning").statusCode(404);
        story(Staff.mentalHealthLead(), person, "Taking over the case").statusCode(200);

        openCases.closed(kase, person, MENTAL_HEALTH);
        story(Staff.mentalHealthLead(), person, "After closure").statusCode(404);
        openCases.reopened(kase, person);
        story(Staff.mentalHealthLead(), person, "Reopened").statusCode(200);
    }

    @Test
    void aMissingBlankOrTooLongPurposeIs400AndAPersonNobodyKnowsIs404() {
        Tokens hub = Staff.hubTriageOf("eastmere");
        story(hub, child, null).statusCode(400).contentType("application/problem+json");
        story(hub, child, "  ").statusCode(400).contentType("application/problem+json");
        story(hub, child, "p".repeat(201)).statusCode(400).contentType("application/problem+json");
        story(hub, child, "p".repeat(200)).statusCode(200);
        story(hub, "not-a-uuid", "Triage").statusCode(400).contentType("application/problem+json");
        story(hub, UUID.randomUUID(), "Triage").statusCode(404).contentType("application/problem+json");
        given().queryParam("purpose", "Triage").when().get("/api/people/" + child + "/chronology").then().statusCode(401);
    }

    @Test
    void aServiceThatDoesNotAnswerGivesNoStoryRatherThanAPartOfOne() {
        StubParts.down("case");
        try {
            story(Staff.hubTriageOf("eastmere"), child, "Triage").statusCode(503).contentType("application/problem+json");
        } finally {
            StubParts.up("case");
        }
    }

    @Test
    void consentServicesOwnPartShowsEachCallerWhatItMaySee() {
        List<String> hub = given().header("Authorization", Staff.hubTriageOf("eastmere").bearer()).queryParam("purpose", "Triage")
                .when().get("/api/chronology/consent/people/" + child).then().statusCode(200).extract().jsonPath()
                .getList("entries.kind");
        assertThat(hub).containsExactlyInAnyOrder("consent.recorded", "lawful-basis.recorded");
        List<Object> westbrook = given().header("Authorization", Staff.hubTriageOf("westbrook").bearer()).queryParam("purpose", "Triage")
                .when().get("/api/chronology/consent/people/" + child).then().statusCode(200).extract().jsonPath().getList("entries");
        assertThat(westbrook).isEmpty();
    }
}
