package org.earlyhelp.directory.change;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.directory.Callers;
import org.earlyhelp.directory.Forms;
import org.earlyhelp.platform.dataprotection.ErasableRecord;
import org.earlyhelp.platform.dataprotection.RetentionJob;
import org.earlyhelp.platform.test.EventFeedReader;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.Tokens;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The directory's change log is kept six years from the change (decision 0061, record type {@code directory-change}):
 * past that the retention job erases a change's event, with a tombstone, an {@code erase} audit entry and
 * {@code record.erased}, and the audit chain still verifies; a younger change stays. No change names a person.
 */
@QuarkusTest
@TestProfile(DirectoryChangeRetentionTest.FeedKeptLonger.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class DirectoryChangeRetentionTest {

    /** The feed's own 400 days would take the events first (and the record.erased looked for) with the clock moved years on. */
    public static class FeedKeptLonger implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("earlyhelp.retention.keep.outbox-event", "P100Y", "earlyhelp.retention.keep.consumed-event", "P100Y");
        }
    }

    @Inject
    RetentionJob retention;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void aChangeGoesSixYearsOnAndAYoungerOneStays() throws SQLException {
        String organization = created("/api/directory/organizations", Forms.organization("Retained Org " + UUID.randomUUID()));
        String service = created("/api/directory/services", Forms.service(organization, "Retained advice").ages(0, 18)
                .district("kingsfold").build());
        String change = eventOf(service);

        assertThat(retention.run(in(Period.ofYears(6).minusDays(1)), false).records()).extracting(ErasableRecord::recordId)
                .doesNotContain(change);
        List<ErasableRecord> erased = retention.run(in(Period.ofYears(6).plusDays(1)), false).records();

        assertThat(erased).filteredOn(record -> record.recordId().equals(change)).singleElement()
                .satisfies(record -> assertThat(record.personIds()).isEmpty());
        assertThat(count("select count(*) from outbox where id = ?::uuid", change)).isZero();
        assertThat(count("select count(*) from erasure_tombstone where record_type = 'directory-change' and record_id = ?"
                + " and length(digest) = 32 and cause = 'retention'", change)).isOne();
        assertThat(count("select count(*) from audit_event where action = 'erase' and resource_type = 'directory-change'"
                + " and resource_id = ?", change)).isOne();
        assertThat(EventFeedReader.as(serviceAccount()).about("directory", "record.erased", change)).hasSize(1);

        String younger = created("/api/directory/services", Forms.service(organization, "Newer advice").ages(0, 18)
                .district("kingsfold").build());
        assertThat(count("select count(*) from outbox where subject = ? and type = 'directory.service-changed'", younger)).isOne();
        assertAuditChainVerifiesAllSealed();
    }

    /** The chain verifies once the sealer (every second) has sealed the erasure's entry. */
    private static void assertAuditChainVerifiesAllSealed() {
        JsonPath verified;
        long deadline = System.nanoTime() + 15_000_000_000L;
        do {
            verified = given().header("Authorization", auditor()).when().get("/api/audit/directory/verify")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(verified.getBoolean("valid")).isTrue();
        } while (verified.getLong("unsealed") > 0 && System.nanoTime() < deadline && pause());
        assertThat(verified.getLong("unsealed")).isZero();
    }

    private static boolean pause() {
        try {
            Thread.sleep(200);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void noChangeNamesAPersonAndOnlyAnOfficerAsks() {
        UUID person = UUID.randomUUID();
        String officer = Tokens.user("dpo.reid").agency("northshire-early-help", "local-authority").roles("data-protection-officer")
                .bearer();

        given().header("Authorization", officer).when().get("/api/data-protection/directory/people/" + person + "/erasure")
                .then().statusCode(200).body("size()", equalTo(0));
        given().header("Authorization", officer).when().get("/api/data-protection/directory/people/" + person)
                .then().statusCode(200).body("records.size()", equalTo(0));
        for (String refused : List.of(Callers.directoryAdmin(), auditor(), Callers.practitioner(),
                Tokens.partnerSystem("brightstart-system").agency("brightstart-family-support", "charity").bearer())) {
            given().header("Authorization", refused).when().get("/api/data-protection/directory/retention").then().statusCode(403);
            given().header("Authorization", refused).when().get("/api/data-protection/directory/people/" + person).then().statusCode(403);
        }
        given().header("Authorization", officer).when().get("/api/data-protection/directory/retention")
                .then().statusCode(200).body("dryRun", equalTo(true));
    }

    private static Instant in(Period period) {
        return Instant.now().atOffset(ZoneOffset.UTC).plus(period).toInstant();
    }

    private String eventOf(String service) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select id::text from outbox where subject = ? and type = 'directory.service-changed'")) {
            select.setString(1, service);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as("the change's event").isTrue();
                return row.getString(1);
            }
        }
    }

    private long count(String sql, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static String created(String path, Object body) {
        return given().header("Authorization", Callers.directoryAdmin()).contentType(ContentType.JSON).body(body)
                .when().post(path).then().statusCode(201).extract().path("id");
    }

    private static String serviceAccount() {
        return Tokens.user("service-account-referral-service").agency("northshire-early-help", "local-authority")
                .roles("event-consumer").bearer();
    }

    private static String auditor() {
        return Tokens.user("hub.auditor").agency("northshire-early-help", "local-authority").roles("auditor").bearer();
    }
}
