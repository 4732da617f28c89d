package org.earlyhelp.e2e.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

import org.earlyhelp.e2e.Agency;
import org.earlyhelp.e2e.Cases;
import org.earlyhelp.e2e.Consents;
import org.earlyhelp.e2e.EndToEnd;
import org.earlyhelp.e2e.Eventually;
import org.earlyhelp.e2e.Feeds;
import org.earlyhelp.e2e.Gateway;
import org.earlyhelp.e2e.Hub;
import org.earlyhelp.e2e.Login;
import org.earlyhelp.e2e.People;
import org.earlyhelp.e2e.Referrals;
import org.earlyhelp.e2e.TheSuite;
import org.earlyhelp.platform.test.ClearTextScan;
import org.earlyhelp.platform.test.SealedValues;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import io.restassured.path.json.JsonPath;

/**
 * Issue 28's "must show", through the gateway with real tokens: a family seeded into the contexts; the data protection
 * officer's subject access request returns each context's records about the child (counted per context) and who
 * accessed them; once the case is closed, erasing the child leaves no trace of the family in any service's database
 * (every table, sealed values opened with the suite's master key) or on any feed the hub or the lead can read, and every
 * audit chain still verifies.
 *
 * <p>directory-service holds nothing about families by design (decision 0062): its part of the request is asserted
 * empty. The search is an SQL scan of each row as text with every sealed value opened with the suite's master key: a
 * {@code pg_dump} shows sealed values only as ciphertext, so searching one would prove less than this does.
 */
@EndToEnd
class SubjectAccessAndErasureTest {

    private static final String[] CONTEXTS = { "directory", "referral", "case", "consent" };

    @Test
    void theOfficerGathersEverythingHeldAboutAChildThenErasesThemFromEveryService() {
        String surname = "Zr" + letters();
        // Words no other test writes (another test's referral may say the same of its own family, and stays).
        String concern = "Rain comes through the ceiling of flat " + letters() + " since the storm";
        LocalDate born = LocalDate.of(2015, 1 + ThreadLocalRandom.current().nextInt(12), 1 + ThreadLocalRandom.current().nextInt(28));
        People.Person child = new People.Person("Kai", surname, born, "EM4 2QX");
        Referrals.Submitted referral = Referrals.aboutChild(child)
                .member("Donna", surname, LocalDate.of(1988, 5, 17), "mother")
                .onlyConcern("housing", concern, "medium")
                .submitBy(Login.TEACHER_EVANS);
        Hub.accept(referral, Agency.HEALTH_VISITING);
        UUID caseId = Cases.openedFor(referral.id(), Login.HV_MORGAN);
        Cases.assessNeed(Login.HV_MORGAN, caseId, "housing", "medium", "Black mould in the bedroom of " + surname);
        Cases.writeNote(Login.HV_MORGAN, caseId, "Home visit to the " + surname + " family: Kai was asleep", false);
        UUID consentId = Consents.about(referral.childPersonId(), child.displayName())
                .permit("team-around-family", Set.of(Agency.ACADEMY.code()), Set.of("identity", "education"))
                .recordBy(Login.HV_MORGAN).id();
        UUID personId = referral.childPersonId();

        // Found by name and date of birth through the matching index, then chosen.
        String byName = Gateway.as(Login.DPO_REID)
                .body(Map.of("givenName", "Kai", "familyName", surname, "dateOfBirth", born.toString(), "reference", "SAR-e2e"))
                .when().post("/api/subject-access-requests")
                .then().statusCode(201).body("status", equalTo("choose-person")).extract().header("Location");
        List<String> candidates = Gateway.as(Login.DPO_REID).when().get(byName).then().statusCode(200)
                .extract().jsonPath().getList("candidates.personId");
        assertThat(candidates).contains(personId.toString());
        Gateway.as(Login.DPO_REID).body(Map.of("personId", personId)).when().post(byName + "/person")
                .then().statusCode(200).body("status", equalTo("complete"));

        JsonPath bundle = Gateway.as(Login.DPO_REID).when().get(byName + "/bundle").then().statusCode(200).extract().jsonPath();
        assertThat(bundle.getList("contexts.referral.records.recordId", String.class)).as("referral-service's records")
                .contains(referral.id().toString());
        assertThat(bundle.getList("contexts.case.records.recordId", String.class)).as("case-service's records")
                .contains(caseId.toString());
        assertThat(bundle.getList("contexts.consent.records.recordId", String.class)).as("consent-service's records")
                .contains(consentId.toString());
        assertThat(bundle.getList("contexts.directory.records")).as("directory-service holds nothing about families").isEmpty();
        assertThat(bundle.getList("contexts.case.accessLog.username", String.class)).as("who read or changed the case")
                .contains(Login.HV_MORGAN.username());
        assertThat(bundle.getList("contexts.referral.accessLog.username", String.class)).as("who read or changed the referral")
                .contains(Login.TEACHER_EVANS.username(), Login.HUB_PATEL.username());
        assertThat(bundle.getList("thirdParties")).as("the mother, apart for redaction").isNotEmpty();
        JsonPath summary = Gateway.as(Login.DPO_REID).when().get(byName).then().statusCode(200).extract().jsonPath();
        for (String context : List.of("referral", "case", "consent")) {
            assertThat(summary.getInt("records." + context)).as("records counted for " + context)
                    .isEqualTo(bundle.getList("contexts." + context + ".records").size()).isPositive();
        }
        assertThat(Gateway.as(Login.DPO_REID).accept("text/html").when().get(byName + "/document").then().statusCode(200)
                .contentType("text/html").extract().asString()).contains(surname);
        // Nobody but a data protection officer gets it.
        Gateway.as(Login.AUDITOR_DPO).when().get(byName + "/bundle").then().statusCode(403);
        Gateway.as(Login.HUB_PATEL).when().get(byName + "/bundle").then().statusCode(403);

        // The erasure waits for the case to close (consent-service's own tests show the 409 before); the dry run says
        // what would go.
        Gateway.as(Login.HV_MORGAN).header("If-Match", Cases.etag(Login.HV_MORGAN, caseId))
                .body(Map.of("reason", "The family moved into a dry home", "outcomes",
                        List.of(Map.of("need", "housing", "outcome", "needs-met"))))
                .when().post("/api/cases/{id}/close", caseId).then().statusCode(200);
        JsonPath preview = Gateway.as(Login.DPO_REID).body(Map.of("reason", "The family asked us to erase it", "dryRun", true))
                .when().post("/api/people/{id}/erasure", personId).then().statusCode(200).extract().jsonPath();
        assertThat(preview.getList("contexts.referral.recordId", String.class)).contains(referral.id().toString());
        assertThat(preview.getList("contexts.case.recordId", String.class)).contains(caseId.toString());
        assertThat(preview.getList("contexts.consent.recordId", String.class)).contains(consentId.toString());
        // consent-service learns from case-service's feed that the case closed.
        Eventually.assertThat(() -> Gateway.as(Login.DPO_REID)
                .body(Map.of("reason", "The family asked us to erase it; no legal hold", "dryRun", false))
                .when().post("/api/people/{id}/erasure", personId).then().statusCode(202));

        Eventually.assertThat(() -> {
            assertThat(heldAnywhere(surname)).as("tables holding the family's surname").isEmpty();
            assertThat(heldAnywhere(surname.toLowerCase())).as("tables holding the surname as a matching key").isEmpty();
            assertThat(heldAnywhere(concern)).as("tables holding the concern").isEmpty();
        });
        for (Login reader : List.of(Login.HUB_PATEL, Login.HV_MORGAN, Login.TEACHER_EVANS)) {
            for (String context : List.of("referral", "case", "consent")) {
                assertThat(Feeds.read(reader, context).toString()).as(context + " feed as " + reader.username())
                        .doesNotContain(surname).doesNotContain(concern);
            }
        }
        for (String context : CONTEXTS) {
            Eventually.assertThat(() -> Gateway.as(Login.AUDITOR_DPO).when().get("/api/audit/{context}/verify", context)
                    .then().statusCode(200).body("valid", equalTo(true)));
        }
        Gateway.as(Login.HV_MORGAN).when().get("/api/cases/{id}", caseId).then().statusCode(404);
        Gateway.as(Login.HUB_PATEL).when().get("/api/referrals/{id}", referral.id()).then().statusCode(404);
    }

    /** {@code database/table} → rows holding {@code marker}, in clear or sealed, over every table of the four databases. */
    private static Map<String, Long> heldAnywhere(String marker) {
        Map<String, Long> found = new LinkedHashMap<>();
        for (String database : CONTEXTS) {
            try {
                found.putAll(heldIn(database, marker));
            } catch (SQLException e) {
                throw new IllegalStateException("Could not search " + database, e);
            }
        }
        return found;
    }

    private static Map<String, Long> heldIn(String database, String marker) throws SQLException {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(TheSuite.running().jdbcUrl(database));
        source.setUser("postgres");
        source.setPassword("postgres");
        UnaryOperator<String> open;
        try (Connection connection = source.getConnection()) {
            open = SealedValues.opener(connection, database, TheSuite.running().masterKey());
        }
        Map<String, Long> found = new LinkedHashMap<>();
        ClearTextScan.tablesHolding(source, open, marker).forEach((table, rows) -> found.put(database + "/" + table, rows));
        return found;
    }

    private static String letters() {
        StringBuilder letters = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            letters.append((char) ('a' + Character.digit(c, 16)));
        }
        return letters.toString();
    }
}
