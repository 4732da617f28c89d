package org.earlyhelp.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.earlyhelp.cases.contract.CaseFeed;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.Tokens;
import org.earlyhelp.referral.events.CaseFeedDelivery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Issue 29 point 4: the hub's "find a person". Finds a child by a misspelt name, by date of birth, by postcode and
 * district, by NHS number alone (decision 0066); shows only identifying details and which records exist; refuses (and audits) everyone but the hub's triage
 * workers, row by row from the README's "Find a person" access table; audits every search with its stated purpose; and
 * answers bad input with 400 storing nothing.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class PersonSearchTest {

    private static final String HUB = Agencies.HUB;

    private static String surname;
    private static String born;
    private static String referral;
    private static String child;
    private static String nhsNumber;

    @Inject
    CaseFeedDelivery caseFeed;

    /** One row of the README's table: who, their relationship to the Eastmere family, what they get. */
    record Row(String who, String relationship, String gets) {

        @Override
        public String toString() {
            return who + " / " + relationship + " → " + gets;
        }
    }

    /** The rows of the "Find a person" access table in referral-service/README.md. */
    static Stream<Row> accessTable() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = lines.indexOf("## Find a person");
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
        assertThat(rows).hasSizeGreaterThanOrEqualTo(8);
        return rows.stream();
    }

    private static String username(Row row) {
        return switch (row.who() + "/" + row.relationship()) {
            case "hub-triage/hub of the area" -> "fay.finder";
            case "hub-triage/hub of another area" -> "wyn.finder";
            default -> row.who().replaceAll("[^a-z]", "") + ".finder";
        };
    }

    private static String bearer(Row row) {
        String username = username(row);
        return switch (row.who() + "/" + row.relationship()) {
            case "hub-triage/hub of the area" -> Tokens.user(username).agency(HUB, "local-authority").areas("eastmere")
                    .roles("hub-triage").bearer();
            case "hub-triage/hub of another area" -> Tokens.user(username).agency(HUB, "local-authority").areas("westbrook")
                    .roles("hub-triage").bearer();
            // A partner system of the hub's own agency, even with hub-triage among its roles, is not a person.
            case "partner system/any" -> Tokens.partnerSystem("finder-system").agency(HUB, "local-authority").areas("eastmere")
                    .roles("partner-system", "hub-triage").bearer();
            case "practitioner/any", "case-lead/any", "auditor/any", "directory-admin/any", "data-protection-officer/any" ->
                    Tokens.user(username).agency(HUB, "local-authority").areas("eastmere").roles(row.who()).bearer();
            default -> throw new IllegalArgumentException("No caller for table row " + row);
        };
    }

    private static String userId(Row row) {
        return Tokens.subjectOf(row.who().equals("partner system") ? "service-account-finder-system" : username(row));
    }

    private static ValidatableResponse search(String bearer, Map<String, String> query) {
        return given().header("Authorization", bearer).queryParams(query).when().get("/api/person-search").then();
    }

    private static String eastmereHub() {
        return Tokens.user("fay.finder").agency(HUB, "local-authority").areas("eastmere").roles("hub-triage").bearer();
    }

    private static List<Map<String, Object>> found(Map<String, String> query) {
        return search(eastmereHub(), query).statusCode(200).extract().jsonPath().getList("items");
    }

    private static Map<String, String> query(String... pairs) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("purpose", "Checking a caller's concern " + Hub.unique());
        for (int i = 0; i < pairs.length; i += 2) {
            query.put(pairs[i], pairs[i + 1]);
        }
        return query;
    }

    private static List<Map<String, Object>> auditEntries(String userId, String purpose) {
        List<Map<String, Object>> items = given().header("Authorization", Agencies.auditor()).queryParam("user", userId)
                .queryParam("action", "search").queryParam("size", 100).when().get("/api/audit/referral").then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().filter(item -> purpose.equals(item.get("purpose"))).toList();
    }

    @BeforeEach
    void aSchoolRefersAChildToTheEastmereHub() {
        if (referral != null) {
            return;
        }
        surname = "Whitfield" + Hub.unique();
        born = ReferralRetentionTest.bornSomeDay();
        nhsNumber = NhsNumbers.unique();
        referral = Api.submitted(Agencies.teacher(), Referrals.child("Jayden", surname).bornOn(born)
                .childField("nhsNumber", nhsNumber).concern("domestic-abuse", "Secret concern about the stepfather", "high")
                .build());
        child = Hub.childOf(referral);
    }

    @Test
    void aMisspeltNameFindsTheChildWithOnlyWhatIdentifiesThemAndWhichRecordsExist() {
        String misspelt = "Jaiden " + surname.replace("Whitfield", "Whitfeild");
        Map<String, Object> person = found(query("name", misspelt)).stream()
                .filter(item -> child.equals(item.get("personId"))).findFirst().orElseThrow();
        assertThat(person).containsEntry("givenName", "Jayden").containsEntry("familyName", surname)
                .containsEntry("dateOfBirth", born).containsEntry("postcodeDistrict", "EM1")
                .containsOnlyKeys("personId", "givenName", "familyName", "dateOfBirth", "postcodeDistrict", "score", "records");
        assertThat(person.get("records")).asList().singleElement().isEqualTo(Map.of("type", "referral", "id", referral,
                "status", "submitted", "submittedAt",
                Api.read(Agencies.hubScreener(), referral).extract().path("submittedAt")));
        assertThat(person.toString()).doesNotContain("stepfather", "domestic");
    }

    @Test
    void theDateOfBirthThePostcodeItsDistrictAndTheNhsNumberEachFindTheChild() {
        assertThat(found(query("dateOfBirth", born))).anySatisfy(item -> assertThat(item.get("personId")).isEqualTo(child));
        assertThat(found(query("postcode", "em1 4ab"))).anySatisfy(item -> assertThat(item.get("personId")).isEqualTo(child));
        assertThat(found(query("postcode", "EM1"))).anySatisfy(item -> assertThat(item.get("personId")).isEqualTo(child));
        assertThat(found(query("dateOfBirth", born, "nhsNumber", NhsNumbers.digits(nhsNumber))))
                .singleElement().satisfies(item -> assertThat(item.get("personId")).isEqualTo(child));
        assertThat(found(query("name", "Jayden " + surname, "nhsNumber", NhsNumbers.unique()))).isEmpty();
        // Every criterion given must fit.
        assertThat(found(query("name", "Jayden " + surname, "postcode", "EM9 9ZZ"))).isEmpty();
        assertThat(found(query("name", "Jayden " + surname, "dateOfBirth", "2001-01-01"))).isEmpty();
        assertThat(found(query("name", "Jayden " + surname, "dateOfBirth", born, "postcode", "EM1")))
                .singleElement().satisfies(item -> assertThat(item.get("personId")).isEqualTo(child));
    }

    @Test
    void anNhsNumberAloneFindsTheChildInTheHubsAreasOnlyAuditedWithThePurpose() {
        Map<String, String> query = query("nhsNumber", nhsNumber);
        List<Map<String, Object>> items = search(eastmereHub(), query).statusCode(200).extract().jsonPath().getList("items");
        assertThat(items).hasSize(1);
        Map<String, Object> person = items.get(0);
        assertThat(((Number) person.get("score")).doubleValue()).isEqualTo(1.0);
        assertThat(person).containsEntry("personId", child).containsEntry("familyName", surname).containsKey("records")
                .containsOnlyKeys("personId", "givenName", "familyName", "dateOfBirth", "postcodeDistrict", "score", "records");
        assertThat(person.toString()).doesNotContain(NhsNumbers.digits(nhsNumber), "stepfather");
        assertThat(auditEntries(Tokens.subjectOf("fay.finder"), query.get("purpose"))).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry("outcome", "success").containsEntry("action", "search")
                    .containsEntry("resourceType", "person");
            assertThat(entry.get("personIds")).asList().containsExactly(child);
            assertThat(entry.toString()).as("the audit trail keeps the purpose, not the number sought")
                    .doesNotContain(NhsNumbers.digits(nhsNumber), nhsNumber);
        });
        // Written without spaces, the same child.
        assertThat(found(query("nhsNumber", NhsNumbers.digits(nhsNumber)))).singleElement()
                .satisfies(item -> assertThat(item.get("personId")).isEqualTo(child));
        // The Westbrook hub: nothing, though the number is right.
        Map<String, String> westbrook = query("nhsNumber", nhsNumber);
        assertThat(search(Tokens.user("wyn.finder").agency(HUB, "local-authority").areas("westbrook").roles("hub-triage").bearer(),
                westbrook).statusCode(200).extract().jsonPath().getList("items")).isEmpty();
        assertThat(auditEntries(Tokens.subjectOf("wyn.finder"), westbrook.get("purpose"))).singleElement()
                .satisfies(entry -> assertThat(entry.get("personIds")).asList().isEmpty());
        // A number nobody was referred with: nothing; one with a wrong check digit: 400 (below).
        assertThat(found(query("nhsNumber", NhsNumbers.unique()))).isEmpty();
    }

    @Test
    void aCaseKnownFromCaseServicesFeedIsListedWithItsReference() {
        String family = "Quennell" + Hub.unique();
        String referralOfTheCase = Api.submitted(Agencies.gp(), Referrals.child("Maisie", family)
                .onlyConcern("health", "Missed appointments", "medium").build());
        UUID person = UUID.fromString(Hub.childOf(referralOfTheCase));
        UUID caseId = UUID.randomUUID();
        String reference = "EH-2026-" + caseId.toString().substring(0, 6);
        caseFeed.deliver(CaseFeed.Opened.TYPE, caseId, new CaseFeed.Opened(caseId, reference,
                List.of(UUID.fromString(referralOfTheCase)), List.of(person), Agencies.HEALTH_VISITING, "eastmere"));

        Map<String, Object> found = found(query("name", "Maisie " + family)).stream()
                .filter(item -> person.toString().equals(item.get("personId"))).findFirst().orElseThrow();
        assertThat(found.get("records")).asList().contains(Map.of("type", "case", "id", caseId.toString(), "reference", reference));
        // The Westbrook hub sees neither the person nor the case.
        assertThat(search(Tokens.user("wyn.finder").agency(HUB, "local-authority").areas("westbrook").roles("hub-triage").bearer(),
                query("name", "Maisie " + family)).statusCode(200).extract().jsonPath().getList("items")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accessTable")
    void eachRowOfTheAccessTable(Row row) {
        Map<String, String> query = query("name", "Jayden " + surname, "dateOfBirth", born);
        ValidatableResponse response = search(bearer(row), query);
        List<Map<String, Object>> audited = auditEntries(userId(row), query.get("purpose"));
        if (row.gets().equals("403")) {
            response.statusCode(403).contentType("application/problem+json");
            assertThat(audited).singleElement().satisfies(entry -> {
                assertThat(entry).containsEntry("outcome", "denied").containsEntry("resourceType", "person");
                assertThat(entry.get("personIds")).asList().isEmpty();
            });
            return;
        }
        List<Object> people = response.statusCode(200).extract().jsonPath().getList("items.personId");
        if (row.gets().startsWith("200, results from its areas")) {
            assertThat(people).contains(child);
        } else if (row.gets().startsWith("200, nothing of this area")) {
            assertThat(people).doesNotContain(child);
        } else {
            throw new IllegalArgumentException("Unknown outcome in the table: " + row);
        }
        assertThat(audited).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry("outcome", "success").containsEntry("resourceType", "person");
            assertThat(entry.get("personIds")).asList().containsExactlyInAnyOrderElementsOf(people);
        });
    }

    @Test
    void badInputIs400AndStoresNothing() {
        Row hub = new Row("hub-triage", "hub of the area", "200, results from its areas");
        List<Map<String, String>> bad = new ArrayList<>();
        bad.add(query());
        Map<String, String> noPurpose = query("name", "Jayden " + surname);
        noPurpose.remove("purpose");
        bad.add(noPurpose);
        Map<String, String> blankPurpose = query("name", "Jayden " + surname);
        blankPurpose.put("purpose", "   ");
        bad.add(blankPurpose);
        bad.add(query("dateOfBirth", "14/05/2016"));
        bad.add(query("postcode", "not a postcode"));
        bad.add(query("name", "Jayden " + surname, "nhsNumber", "1234567890"));
        bad.add(query("nhsNumber", NhsNumbers.wrongCheckDigit(nhsNumber)));
        bad.add(query("nhsNumber", "94347659"));
        bad.add(query("nhsNumber", "943-476-5919"));
        bad.add(query("name", "12345"));
        Map<String, String> longPurpose = query("name", "Jayden " + surname);
        longPurpose.put("purpose", "x".repeat(201));
        bad.add(longPurpose);
        for (Map<String, String> query : bad) {
            search(bearer(hub), query).statusCode(400).contentType("application/problem+json");
            if (query.containsKey("purpose")) {
                assertThat(auditEntries(userId(hub), query.get("purpose"))).as("audited " + query).isEmpty();
            }
        }
        // Refusal comes first: a practitioner without a purpose is refused, not told what a search needs.
        search(Agencies.teacher(), Map.of("name", "Jayden " + surname)).statusCode(403);
        given().header("Authorization", Agencies.auditor()).when().get("/api/audit/referral/verify").then().statusCode(200)
                .body("valid", equalTo(true));
    }
}
