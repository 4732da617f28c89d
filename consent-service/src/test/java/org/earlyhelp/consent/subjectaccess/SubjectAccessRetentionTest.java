package org.earlyhelp.consent.subjectaccess;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.earlyhelp.consent.EventFeed;
import org.earlyhelp.consent.Staff;
import org.earlyhelp.consent.dataprotection.Officers;
import org.earlyhelp.consent.dataprotection.StubContexts;
import org.earlyhelp.platform.crypto.PersonalData;
import org.earlyhelp.platform.dataprotection.RetentionJob;
import org.earlyhelp.platform.test.ClearTextScan;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A subject access export is kept one month from completion (record type {@code subject-access-request}): then it goes
 * from every table, leaving its tombstone and an {@code erase} audit entry, the audit chain still verifying, and
 * {@code record.erased} on the feed.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(StubContexts.class)
class SubjectAccessRetentionTest {

    @Inject
    RetentionJob retention;

    @Inject
    DataSource dataSource;

    @Inject
    PersonalData personalData;

    @Test
    void anExportGoesEverywhereAMonthAfterItIsCompleteAndOneNotYetDueStays() throws SQLException {
        String marker = "Zqx" + UUID.randomUUID().toString().substring(0, 8);
        UUID person = UUID.randomUUID();
        SubjectAccessRequestTest.theOtherContextsHold(person, "Concern " + marker);
        String due = ask(person);
        UUID later = UUID.randomUUID();
        SubjectAccessRequestTest.theOtherContextsHold(later, "Concern " + marker + "-later");
        String notYetDue = ask(later);
        completedAt(notYetDue, Instant.now().plus(Duration.ofDays(90)));
        assertThat(ClearTextScan.tablesHolding(dataSource, personalData::open, marker)).containsKey("subject_access_request");

        retention.run(Instant.now().plus(Duration.ofDays(40)), false);

        given().header("Authorization", Officers.dpo().bearer()).when().get("/api/subject-access-requests/" + due).then()
                .statusCode(404);
        given().header("Authorization", Officers.dpo().bearer()).when().get("/api/subject-access-requests/" + notYetDue).then()
                .statusCode(200);
        assertThat(ClearTextScan.tablesHolding(dataSource, personalData::open, marker + "-later")).containsKey("subject_access_request");
        completedAt(notYetDue, Instant.now().minus(Duration.ofDays(900)));
        retention.run(Instant.now().plus(Duration.ofDays(40)), false);
        assertThat(ClearTextScan.tablesHolding(dataSource, personalData::open, marker)).isEmpty();

        assertThat(tombstones(due)).isEqualTo(1);
        given().header("Authorization", Staff.auditor().bearer()).queryParam("resourceId", due).queryParam("action", "erase")
                .when().get("/api/audit/consent").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].purpose", equalTo("retention"));
        given().header("Authorization", Staff.auditor().bearer()).when().get("/api/audit/consent/verify").then().statusCode(200)
                .body("valid", equalTo(true));
        assertThat(EventFeed.about(Staff.caseService(), "record.erased", due)).hasSize(1);
    }

    private static String ask(UUID person) {
        return given().header("Authorization", Officers.dpo().bearer()).contentType(ContentType.JSON)
                .body(Map.of("personId", person.toString())).when().post("/api/subject-access-requests").then().statusCode(201)
                .extract().path("id");
    }

    /** As if the export had been completed then (the API always completes it now). */
    private void completedAt(String id, Instant at) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "UPDATE subject_access_request SET completed_at = ? WHERE id = CAST(? AS uuid)")) {
            statement.setTimestamp(1, Timestamp.from(at));
            statement.setString(2, id);
            statement.executeUpdate();
        }
    }

    private long tombstones(String recordId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT count(*) FROM erasure_tombstone WHERE record_type = 'subject-access-request' AND record_id = ?")) {
            statement.setString(1, recordId);
            try (ResultSet count = statement.executeQuery()) {
                count.next();
                return count.getLong(1);
            }
        }
    }
}
