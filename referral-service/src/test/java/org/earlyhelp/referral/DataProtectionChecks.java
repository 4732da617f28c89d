package org.earlyhelp.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.earlyhelp.platform.crypto.PersonalData;
import org.earlyhelp.platform.test.ClearTextScan;

/** What every erasure must leave (issue 28, decision 0062), as the retention and erasure tests check it. */
final class DataProtectionChecks {

    private DataProtectionChecks() {
    }

    /** {@code marker} is in no table, in clear, sealed, or as the matching index's lower-case key. */
    static void nowhere(DataSource dataSource, PersonalData personalData, String marker) throws SQLException {
        assertThat(ClearTextScan.tablesHolding(dataSource, personalData::open, marker)).as("tables holding " + marker).isEmpty();
        assertThat(ClearTextScan.tablesHolding(dataSource, personalData::open, marker.toLowerCase()))
                .as("tables holding " + marker.toLowerCase()).isEmpty();
    }

    /** {@code marker} is still kept (a record not yet due). */
    static void stillKept(DataSource dataSource, PersonalData personalData, String marker) throws SQLException {
        assertThat(ClearTextScan.tablesHolding(dataSource, personalData::open, marker)).as("tables holding " + marker)
                .containsKey("referral");
    }

    /**
     * The record's tombstone (its type and cause), the {@code erase} audit entry, the audit chain verifying, and
     * {@code record.erased} about it on the feed.
     */
    static void tombstoned(DataSource dataSource, String recordType, String recordId, String cause) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement tombstone = connection.prepareStatement(
                        "select record_type, cause, digest from erasure_tombstone where record_id = ?")) {
            tombstone.setString(1, recordId);
            try (ResultSet row = tombstone.executeQuery()) {
                assertThat(row.next()).as("tombstone of " + recordId).isTrue();
                assertThat(row.getString(1)).isEqualTo(recordType);
                assertThat(row.getString(2)).isEqualTo(cause);
                assertThat(row.getBytes(3)).hasSize(32);
            }
        }
        given().header("Authorization", Agencies.auditor()).queryParam("resourceId", recordId).queryParam("action", "erase")
                .when().get("/api/audit/referral").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].resourceType", equalTo(recordType)).body("items[0].purpose", equalTo(cause));
        given().header("Authorization", Agencies.auditor()).when().get("/api/audit/referral/verify").then().statusCode(200)
                .body("valid", equalTo(true));
        @SuppressWarnings("unchecked")
        Map<String, Object> erased = (Map<String, Object>) Feed.about(Agencies.eventConsumer(), "record.erased", recordId).get("data");
        assertThat(erased).containsEntry("recordType", recordType).containsEntry("recordId", recordId).containsEntry("cause", cause);
    }

    /** The events still on the feed about {@code subject}: only {@code record.erased} once it is erased. */
    static List<String> eventTypesAbout(String subject) {
        List<String> types = new ArrayList<>();
        Feed.all(Agencies.eventConsumer()).stream().filter(event -> subject.equals(event.get("subject")))
                .forEach(event -> types.add((String) event.get("type")));
        return types;
    }

    static UUID uuid(String id) {
        return UUID.fromString(id);
    }
}
