package org.earlyhelp.consent.subjectaccess;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.earlyhelp.consent.ConsentApi;
import org.earlyhelp.consent.Consents;
import org.earlyhelp.consent.Staff;
import org.earlyhelp.consent.dataprotection.Officers;
import org.earlyhelp.consent.dataprotection.StubContexts;
import org.earlyhelp.consent.participation.ParticipationFixture;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * A data protection officer's subject access request (decision 0062): every context's records and the access log,
 * gathered with the officer's own token and kept sealed; by names and date of birth through candidates; seen only by the
 * asking officer's agency; nothing stored when a context does not answer; every request, choice and download audited.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(StubContexts.class)
class SubjectAccessRequestTest {

    @Inject
    ParticipationFixture participation;

    @Inject
    DataSource dataSource;

    @Test
    void byPersonIdEveryContextsRecordsAndTheAccessLogAreGathered() {
        UUID person = UUID.randomUUID();
        theOtherContextsHold(person, "Worried about school attendance");
        participation.referralSubmitted(person, "northshire-police");
        ConsentApi.recorded(Staff.policeOfficer(), Consents.parentalConsentFor(person));

        String id = ask(Officers.dpo(), Map.of("personId", person.toString(), "reference", "DPO-2026-014"))
                .statusCode(201)
                .header("Location", containsString("/api/subject-access-requests/"))
                .extract().path("id");

        read(Officers.dpo(), id, "")
                .statusCode(200)
                .body("status", equalTo("complete"))
                .body("personId", equalTo(person.toString()))
                .body("reference", equalTo("DPO-2026-014"))
                .body("requestedBy.username", equalTo("dpo.reid"))
                .body("requestedBy.agency", equalTo("northshire-early-help"))
                .body("records.referral", equalTo(2))
                .body("records.case", equalTo(1))
                .body("records.directory", equalTo(0))
                .body("records.consent", equalTo(1))
                // The mother in the referral; the parent who gave consent for the child.
                .body("thirdParties", equalTo(2));
        var bundle = read(Officers.dpo(), id, "/bundle").statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
        assertThat(bundle.getList("contexts.referral.records")).hasSize(2);
        assertThat(bundle.getList("contexts.case.records")).hasSize(1);
        assertThat(bundle.getList("contexts.directory.records")).isEmpty();
        assertThat(bundle.getList("contexts.referral.records.thirdParties")).containsOnlyNulls();
        assertThat(bundle.getList("contexts.consent.records")).hasSize(1);
        assertThat(bundle.getList("thirdParties.context")).containsExactlyInAnyOrder("referral", "consent");
        assertThat(bundle.getList("thirdParties.description")).contains("household member: mother");
        assertThat(bundle.getList("contexts.case.accessLog")).hasSize(2);
        assertThat(bundle.getList("contexts.consent.accessLog.action")).contains("create");
        int accesses = bundle.getList("contexts.referral.accessLog").size() + bundle.getList("contexts.case.accessLog").size()
                + bundle.getList("contexts.directory.accessLog").size() + bundle.getList("contexts.consent.accessLog").size();
        read(Officers.dpo(), id, "").body("accessLog", equalTo(accesses));
        // Each service was asked with the officer's own token: each applies its own rules.
        String forwarded = StubContexts.lastAuthorization("case");
        assertThat(forwarded).startsWith("Bearer ");
        assertThat(new String(java.util.Base64.getUrlDecoder().decode(forwarded.split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"preferred_username\":\"dpo.reid\"").contains("data-protection-officer");
    }

    @Test
    void byNameAndDateOfBirthTheOfficerChoosesAmongCandidatesAndTheRequestCompletes() {
        UUID likely = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        String familyName = "Marker" + UUID.randomUUID().toString().substring(0, 8);
        StubContexts.candidates(familyName, List.of(candidate(likely, familyName, 0.97), candidate(other, familyName, 0.61)));
        theOtherContextsHold(likely, "Rent arrears");

        String id = ask(Officers.dpo(), Map.of("givenName", "Kayla", "familyName", familyName, "dateOfBirth", "2015-03-02"))
                .statusCode(201)
                .body("status", equalTo("choose-person"))
                .body("personId", nullValue())
                .body("candidates", hasSize(2))
                .body("candidates[0].personId", equalTo(likely.toString()))
                .extract().path("id");
        read(Officers.dpo(), id, "/bundle").statusCode(409);

        choose(Officers.dpo(), id, UUID.randomUUID()).statusCode(422);
        choose(Officers.dpo(), id, likely)
                .statusCode(200)
                .body("status", equalTo("complete"))
                .body("personId", equalTo(likely.toString()))
                .body("records.referral", equalTo(2))
                .body("candidates", nullValue());
        choose(Officers.dpo(), id, likely).statusCode(409);
        assertThat(auditTrail(likely, "choose-person")).hasSize(1);
    }

    @Test
    void onlyDataProtectionOfficersOfTheAskingAgencySeeARequest() {
        UUID person = UUID.randomUUID();
        String id = ask(Officers.dpo(), Map.of("personId", person.toString())).statusCode(201).extract().path("id");

        for (String part : List.of("", "/bundle", "/document")) {
            read(Officers.policeDpo(), id, part).statusCode(404).contentType("application/problem+json");
            read(Staff.hubTriage(), id, part).statusCode(403).contentType("application/problem+json");
            read(Staff.auditor(), id, part).statusCode(403);
        }
        choose(Officers.policeDpo(), id, person).statusCode(404);
        for (Tokens notAnOfficer : List.of(Staff.hubTriage(), Staff.auditor(), Staff.policeOfficer(), Staff.policeSystem())) {
            ask(notAnOfficer, Map.of("personId", person.toString())).statusCode(403).contentType("application/problem+json");
        }
        given().header("Authorization", Staff.auditor().bearer()).queryParam("person", person).queryParam("outcome", "denied")
                .queryParam("resourceType", "subject-access-request")
                .when().get("/api/audit/consent").then().statusCode(200)
                .body("items.action", hasItem("create"))
                .body("items.agency", hasItem("northshire-police"));
    }

    @Test
    void aContextThatDoesNotAnswerStopsTheRequestAndNothingIsStored() throws SQLException {
        UUID person = UUID.randomUUID();
        long before = storedRequests();
        StubContexts.down("case");
        try {
            ask(Officers.dpo(), Map.of("personId", person.toString()))
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "30")
                    .body("detail", containsString("case-service"));
        } finally {
            StubContexts.up("case");
        }
        assertThat(storedRequests()).isEqualTo(before);
    }

    @Test
    void theDocumentIsAPageWithEveryValueEscaped() {
        UUID person = UUID.randomUUID();
        theOtherContextsHold(person, "<script>alert('held')</script> & <b>more</b>");
        String id = ask(Officers.dpo(), Map.of("personId", person.toString(), "reference", "<i>ref</i>")).statusCode(201)
                .extract().path("id");

        String page = read(Officers.dpo(), id, "/document").statusCode(200).contentType(startsWith("text/html"))
                .extract().asString();

        assertThat(page).contains("&lt;script&gt;alert(&#39;held&#39;)&lt;/script&gt; &amp; &lt;b&gt;more&lt;/b&gt;")
                .contains("&lt;i&gt;ref&lt;/i&gt;")
                .doesNotContain("<script>").doesNotContain("<b>more").doesNotContain("<i>ref")
                .contains("<h2>referral: 2 records</h2>").contains("<h2>case: 1 records</h2>")
                .contains("About other people").contains("household member: mother");
    }

    @Test
    void badRequestsAreProblemsAndStoreNothing() throws SQLException {
        long before = storedRequests();
        ask(Officers.dpo(), Map.of()).statusCode(422).contentType("application/problem+json");
        ask(Officers.dpo(), Map.of("personId", UUID.randomUUID().toString(), "givenName", "Kayla", "familyName", "Moss",
                "dateOfBirth", "2015-03-02")).statusCode(422);
        ask(Officers.dpo(), Map.of("givenName", "Kayla", "familyName", "Moss")).statusCode(422);
        ask(Officers.dpo(), Map.of("personId", "not-a-uuid")).statusCode(400).contentType("application/problem+json");
        ask(Officers.dpo(), Map.of("personId", UUID.randomUUID().toString(), "status", "complete")).statusCode(400);
        ask(Officers.dpo(), Map.of("givenName", "Kayla", "familyName", "Moss", "dateOfBirth", "2999-01-01")).statusCode(400);
        read(Officers.dpo(), "not-a-uuid", "").statusCode(400).contentType("application/problem+json");
        read(Officers.dpo(), UUID.randomUUID().toString(), "").statusCode(404);
        assertThat(storedRequests()).isEqualTo(before);
    }

    @Test
    void everyRequestChoiceAndDownloadIsAuditedWithThePersonsId() {
        UUID person = UUID.randomUUID();
        String id = ask(Officers.dpo(), Map.of("personId", person.toString())).statusCode(201).extract().path("id");
        read(Officers.dpo(), id, "").statusCode(200);
        read(Officers.dpo(), id, "/bundle").statusCode(200);
        read(Officers.dpo(), id, "/document").statusCode(200);

        assertThat(auditTrail(person, "create")).hasSize(1);
        assertThat(auditTrail(person, "read")).hasSize(1);
        assertThat(auditTrail(person, "export")).extracting(entry -> entry.get("purpose")).containsExactlyInAnyOrder("document", "bundle");
        // And the platform's own entry for what this service holds, asked in process.
        given().header("Authorization", Staff.auditor().bearer()).queryParam("person", person).queryParam("action", "subject-access")
                .when().get("/api/audit/consent").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].username", equalTo("dpo.reid"));
    }

    /** referral-service holds two records (one naming the mother), case-service one; both have an access log. */
    static void theOtherContextsHold(UUID person, String concern) {
        StubContexts.holds("referral", person, List.of(
                Map.of("recordType", "referral", "recordId", UUID.randomUUID().toString(), "recordedAt", "2026-01-05T10:00:00Z",
                        "about", Map.of("concern", concern, "givenName", "Kayla"),
                        "thirdParties", List.of(Map.of("personId", UUID.randomUUID().toString(), "description", "household member: mother",
                                "data", Map.of("givenName", "Dana")))),
                Map.of("recordType", "match", "recordId", UUID.randomUUID().toString(), "recordedAt", "2026-01-06T10:00:00Z",
                        "about", Map.of("score", 0.93), "thirdParties", List.of())),
                List.of(access("pc.hughes", "create")));
        StubContexts.holds("case", person, List.of(
                Map.of("recordType", "early-help-case", "recordId", UUID.randomUUID().toString(), "recordedAt", "2026-01-09T10:00:00Z",
                        "about", Map.of("need", "school attendance"), "thirdParties", List.of())),
                List.of(access("hv.morgan", "read"), access("hv.morgan", "update")));
    }

    private static Map<String, Object> access(String username, String action) {
        return Map.of("at", "2026-01-10T09:00:00Z", "username", username, "agency", "northshire-police", "roles", List.of("practitioner"),
                "action", action, "resourceType", "referral", "resourceId", UUID.randomUUID().toString(), "outcome", "success");
    }

    private static Map<String, Object> candidate(UUID person, String familyName, double score) {
        return Map.of("personId", person.toString(), "givenName", "Kayla", "familyName", familyName, "dateOfBirth", "2015-03-02",
                "score", score, "referrals", 1);
    }

    private static ValidatableResponse ask(Tokens who, Map<String, Object> body) {
        return given().header("Authorization", who.bearer()).contentType(ContentType.JSON).body(body)
                .when().post("/api/subject-access-requests").then();
    }

    private static ValidatableResponse choose(Tokens who, String id, UUID person) {
        return given().header("Authorization", who.bearer()).contentType(ContentType.JSON).body(Map.of("personId", person.toString()))
                .when().post("/api/subject-access-requests/" + id + "/person").then();
    }

    private static ValidatableResponse read(Tokens who, String id, String part) {
        return given().header("Authorization", who.bearer()).when().get("/api/subject-access-requests/" + id + part).then();
    }

    private static List<Map<String, Object>> auditTrail(UUID person, String action) {
        return given().header("Authorization", Staff.auditor().bearer()).queryParam("person", person).queryParam("action", action)
                .queryParam("resourceType", "subject-access-request")
                .when().get("/api/audit/consent").then().statusCode(200).extract().jsonPath().getList("items");
    }

    private long storedRequests() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT count(*) FROM subject_access_request")) {
            count.next();
            return count.getLong(1);
        }
    }
}
