package org.earlyhelp.cases.dataprotection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.earlyhelp.cases.Agencies;
import org.earlyhelp.cases.Api;

/** What an erasure leaves behind, wherever it came from: the audit entry, a chain that verifies, {@code record.erased}. */
final class ErasureEvidence {

    private ErasureEvidence() {
    }

    static void assertErased(DataSource dataSource, String recordType, String recordId, String cause, Collection<UUID> people)
            throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement audit = connection.prepareStatement(
                        "select purpose, person_ids::text from audit_event where action = 'erase' and resource_type = ?"
                                + " and resource_id = ?")) {
            audit.setString(1, recordType);
            audit.setString(2, recordId);
            try (ResultSet row = audit.executeQuery()) {
                assertThat(row.next()).as("an erase entry in the audit trail").isTrue();
                assertThat(row.getString(1)).isEqualTo(cause);
                people.forEach(person -> {
                    try {
                        assertThat(row.getString(2)).contains(person.toString());
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
        }
        given().header("Authorization", Agencies.auditor()).when().get("/api/audit/case/verify").then().statusCode(200)
                .body("valid", equalTo(true));
        List<Map<String, Object>> erased = Api.events(Agencies.eventConsumer(), "record.erased").stream()
                .filter(event -> recordId.equals(event.get("subject"))).toList();
        assertThat(erased).as("record.erased on the feed").hasSize(1);
        Map<String, Object> data = Api.data(erased.get(0));
        assertThat(data).containsEntry("recordType", recordType).containsEntry("recordId", recordId).containsEntry("cause", cause);
        @SuppressWarnings("unchecked")
        List<Object> personIds = (List<Object>) data.get("personIds");
        assertThat(personIds).containsExactlyInAnyOrderElementsOf(people.stream().map(person -> (Object) person.toString()).toList());
        assertThat(Api.eventsAbout(Agencies.eventConsumer(), "case.opened", recordId)).as("the case's own events").isEmpty();
    }
}
