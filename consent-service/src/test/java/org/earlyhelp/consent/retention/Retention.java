package org.earlyhelp.consent.retention;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.earlyhelp.consent.EventFeed;
import org.earlyhelp.consent.Staff;
import org.earlyhelp.platform.dataprotection.ErasableRecord;
import org.earlyhelp.platform.dataprotection.RetentionJob;

import io.restassured.path.json.JsonPath;

/** What the retention tests ask of consent-service's database, feed and audit trail. */
final class Retention {

    private Retention() {
    }

    /** Now, moved on by {@code period} (months and years by the calendar). */
    static Instant in(Period period) {
        return Instant.now().atOffset(ZoneOffset.UTC).plus(period).toInstant();
    }

    /** Runs the job as of {@code asOf} until it erases nothing more (a basis goes the run after the decisions resting on it). */
    static List<ErasableRecord> runUntilDone(RetentionJob job, Instant asOf) {
        List<ErasableRecord> erased = new ArrayList<>();
        List<ErasableRecord> run;
        do {
            run = job.run(asOf, false).records();
            erased.addAll(run);
        } while (!run.isEmpty());
        return erased;
    }

    static long count(DataSource dataSource, String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** The record is gone and says so: a tombstone with a digest and the cause, an {@code erase} audit entry, {@code record.erased} on the feed. */
    static void assertErasedForRetention(DataSource dataSource, String recordType, Object recordId) throws SQLException {
        assertThat(count(dataSource, "select count(*) from erasure_tombstone where record_type = ? and record_id = ?"
                + " and length(digest) = 32 and cause = 'retention' and erased_by = 'retention-job'", recordType, recordId.toString()))
                .as("tombstone of %s %s", recordType, recordId).isOne();
        assertThat(count(dataSource, "select count(*) from audit_event where action = 'erase' and resource_type = ?"
                + " and resource_id = ? and purpose = 'retention'", recordType, recordId.toString()))
                .as("erase audit entry of %s %s", recordType, recordId).isOne();
        assertThat(count(dataSource, "select count(*) from idempotency_key where location like ?", "%" + recordId + "%"))
                .as("stored responses naming %s", recordId).isZero();
        List<Map<String, Object>> erased = EventFeed.about(Staff.caseService(), "record.erased", recordId);
        assertThat(erased).as("record.erased about %s", recordId).singleElement()
                .satisfies(event -> {
                    Map<?, ?> data = (Map<?, ?>) event.get("data");
                    assertThat(data.get("recordType")).isEqualTo(recordType);
                    assertThat(data.get("cause")).isEqualTo("retention");
                });
        assertThat(EventFeed.readAll(Staff.caseService())).as("the record's own events")
                .noneMatch(event -> recordId.toString().equals(event.get("subject")) && !"record.erased".equals(event.get("type")));
    }

    /** The audit trail still verifies, every row sealed. */
    static void assertAuditChainVerifies() {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonPath verified = given().header("Authorization", Staff.auditor().bearer()).when().get("/api/audit/consent/verify")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(verified.getBoolean("valid")).isTrue();
            assertThat(verified.getLong("unsealed")).isZero();
        });
    }
}
