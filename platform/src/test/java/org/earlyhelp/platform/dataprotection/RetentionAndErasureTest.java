package org.earlyhelp.platform.dataprotection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.crypto.PersonalData;
import org.earlyhelp.platform.events.EventDraft;
import org.earlyhelp.platform.events.Outbox;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.test.ClearTextScan;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The retention job (decision 0062) erases a record past its date everywhere the service keeps it (its rows, its
 * events, its idempotency responses), leaves a tombstone and an audit entry, announces {@code record.erased}, keeps
 * what is not yet due, and clears the service's old housekeeping rows; a dry run lists and erases nothing. Only a data
 * protection officer may ask what the service holds and what the job would erase.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class RetentionAndErasureTest {

    @Inject
    RetentionJob retention;
    @Inject
    ToyRecords records;
    @Inject
    Outbox outbox;
    @Inject
    DataSource dataSource;
    @Inject
    PersonalData personalData;
    @Inject
    AuditTrail audit;

    private final Instant now = Instant.now();
    private String marker;
    private UUID person;
    private UUID due;
    private UUID kept;

    @BeforeEach
    void aRecordPastItsDateAndOneNot() {
        marker = "Toy " + UUID.randomUUID();
        person = UUID.randomUUID();
        due = records.save(person, "Ended two years ago: " + marker, now.minus(Duration.ofDays(730)));
        kept = records.save(person, "Ended last month: " + marker, now.minus(Duration.ofDays(30)));
        for (UUID record : List.of(due, kept)) {
            QuarkusTransaction.requiringNew().run(() -> outbox.record(
                    EventDraft.of("toy.recorded", record.toString(), Map.of("note", "About " + marker))));
            sql("insert into idempotency_key (caller_id, idempotency_key, request_hash, status, location, expires_at)"
                    + " values (?, ?, 'h', 201, ?, ?)", "caller", UUID.randomUUID().toString(), "/api/toy-records/" + record,
                    Timestamp.from(now.plus(Duration.ofDays(1))));
        }
    }

    private static Tokens officer() {
        return Tokens.user("dpo.reid").agency("northshire-early-help", "local-authority").roles("data-protection-officer");
    }

    private static Tokens auditor() {
        return Tokens.user("auditor.dpo").agency("northshire-early-help", "local-authority").roles("auditor");
    }

    @Test
    void theJobErasesWhatIsDueEverywhereAndKeepsWhatIsNot() throws SQLException {
        RetentionReport report = retention.run(now, false);

        assertThat(report.dryRun()).isFalse();
        assertThat(report.records()).contains(new ErasableRecord(ToyRecords.TYPE, due.toString(), List.of(person)))
                .noneMatch(record -> record.recordId().equals(kept.toString()));
        assertThat(ClearTextScan.tablesHolding(dataSource, personalData::open, "Ended two years ago: " + marker))
                .as("the erased record's note, in every table").isEmpty();
        assertThat(ClearTextScan.tablesHolding(dataSource, personalData::open, "Ended last month: " + marker))
                .as("the record not yet due").containsOnlyKeys("toy_record");
        assertThat(count("select count(*) from toy_record where id = ?", due)).isZero();
        assertThat(count("select count(*) from toy_record where id = ?", kept)).isOne();
        assertThat(count("select count(*) from outbox where subject = ? and type <> 'record.erased'", due.toString()))
                .as("the erased record's events").isZero();
        assertThat(count("select count(*) from outbox where subject = ?", kept.toString())).isOne();
        assertThat(count("select count(*) from idempotency_key where location like ?", "%" + due + "%")).isZero();
        assertThat(count("select count(*) from idempotency_key where location like ?", "%" + kept + "%")).isOne();
    }

    @Test
    void anErasureLeavesATombstoneAnAuditEntryAndRecordErasedAndTheChainStillVerifies() throws SQLException {
        retention.run(now, false);

        List<Map<String, Object>> tombstone = rows("select record_type, person_ids::text as people, length(digest) as digest,"
                + " cause, reason, erased_by from erasure_tombstone where record_id = ?", due.toString());
        assertThat(tombstone).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("record_type", ToyRecords.TYPE).containsEntry("people", "{" + person + "}")
                    .containsEntry("digest", 32).containsEntry("cause", RecordErased.RETENTION)
                    .containsEntry("erased_by", Erasure.RETENTION_JOB);
            assertThat(row.get("reason")).isNull();
        });
        assertThat(rows("select action, outcome, person_ids::text as people, purpose from audit_event"
                + " where resource_type = ? and resource_id = ?", ToyRecords.TYPE, due.toString()))
                .singleElement().satisfies(row -> assertThat(row).containsEntry("action", Erasure.ERASE)
                        .containsEntry("outcome", "success").containsEntry("people", "{" + person + "}")
                        .containsEntry("purpose", RecordErased.RETENTION));
        JsonPath erased = new JsonPath(personalData.open(string(
                "select data #>> '{}' from outbox where subject = ? and type = 'record.erased'", due.toString())));
        assertThat(erased.getString("recordType")).isEqualTo(ToyRecords.TYPE);
        assertThat(erased.getString("recordId")).isEqualTo(due.toString());
        assertThat(erased.getList("personIds")).containsExactly(person.toString());
        assertThat(erased.getString("cause")).isEqualTo(RecordErased.RETENTION);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonPath verified = given().header("Authorization", auditor().bearer()).when().get("/api/audit/test/verify")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(verified.getBoolean("valid")).isTrue();
            assertThat(verified.getLong("unsealed")).isZero();
        });
    }

    @Test
    void aDryRunListsWhatWouldGoAndErasesNothing() throws SQLException {
        RetentionReport report = retention.run(now, true);

        assertThat(report.dryRun()).isTrue();
        assertThat(report.records()).extracting(ErasableRecord::recordId).contains(due.toString()).doesNotContain(kept.toString());
        assertThat(count("select count(*) from toy_record where id in (?, ?)", due, kept)).isEqualTo(2);
        assertThat(count("select count(*) from outbox where subject = ?", due.toString())).isOne();
        assertThat(count("select count(*) from erasure_tombstone where record_id = ?", due.toString())).isZero();
    }

    @Test
    void outboxEventsAndConsumedEventsPast400DaysAndExpiredResponsesGo() throws SQLException {
        Instant old = now.minus(Duration.ofDays(401));
        Instant young = now.minus(Duration.ofDays(399));
        UUID oldEvent = event(old);
        UUID youngEvent = event(young);
        String oldConsumed = consumed(old);
        String youngConsumed = consumed(young);
        String expired = response(now.minus(Duration.ofMinutes(1)));
        String live = response(now.plus(Duration.ofMinutes(10)));

        RetentionReport dryRun = retention.run(now, true);
        assertThat(dryRun.outboxEvents()).isPositive();
        assertThat(dryRun.consumedEvents()).isPositive();
        assertThat(dryRun.idempotencyResponses()).isPositive();
        assertThat(count("select count(*) from outbox where id = ?", oldEvent)).isOne();

        RetentionReport report = retention.run(now, false);

        assertThat(report.outboxEvents()).isPositive();
        assertThat(count("select count(*) from outbox where id = ?", oldEvent)).isZero();
        assertThat(count("select count(*) from outbox where id = ?", youngEvent)).isOne();
        assertThat(count("select count(*) from consumed_event where event_id = ?", oldConsumed)).isZero();
        assertThat(count("select count(*) from consumed_event where event_id = ?", youngConsumed)).isOne();
        assertThat(count("select count(*) from idempotency_key where idempotency_key = ?", expired)).isZero();
        assertThat(count("select count(*) from idempotency_key where idempotency_key = ?", live)).isOne();
    }

    @Test
    void anOfficerSeesTheDryRunAndWhatTheServiceHoldsAboutAPersonAndIsAudited() {
        Caller practitioner = new Caller(Tokens.subjectOf("pc.hughes"), "pc.hughes", "northshire-police", "police",
                List.of("eastmere"), Set.of("practitioner"), false);
        audit.record(AuditEntry.of(practitioner).action("read").resource(ToyRecords.TYPE, due).person(person).build());
        given().header("Authorization", officer().bearer()).queryParam("asOf", now.toString())
                .when().get("/api/data-protection/test/retention")
                .then().statusCode(200).body("dryRun", equalTo(true)).body("records.recordId", hasItem(due.toString()));
        assertThat(count("select count(*) from toy_record where id = ?", due)).isOne();

        given().header("Authorization", officer().bearer()).when().get("/api/data-protection/test/people/" + person)
                .then().statusCode(200).body("personId", equalTo(person.toString()))
                .body("records.recordId", hasItem(due.toString()))
                .body("records.find { it.recordId == '" + due + "' }.about.note", equalTo("Ended two years ago: " + marker))
                .body("accessLog.username", hasItem("pc.hughes")).body("accessLog.action", hasItem("read"));
        given().header("Authorization", officer().bearer()).when().get("/api/data-protection/test/people/" + person + "/erasure")
                .then().statusCode(200).body("recordId", hasItem(kept.toString()));

        assertThat(count("select count(*) from audit_event where action = ? and username = 'dpo.reid' and outcome = 'success'"
                + " and ? = any(person_ids)", DataProtection.SUBJECT_ACCESS, person)).isOne();
    }

    @Test
    void anyoneButAnOfficerIsRefusedAndAuditedAndAnotherServicesNameIsNotHere() {
        List<Tokens> others = List.of(auditor(),
                Tokens.user("hub.patel").agency("northshire-early-help", "local-authority").roles("hub-triage", "practitioner"),
                Tokens.user("pc.hughes").agency("northshire-police", "police").roles("practitioner", "case-lead"),
                Tokens.partnerSystem("police-records-system").agency("northshire-police", "police"));
        for (Tokens other : others) {
            given().header("Authorization", other.bearer()).when().get("/api/data-protection/test/retention").then().statusCode(403);
            given().header("Authorization", other.bearer()).when().get("/api/data-protection/test/people/" + person)
                    .then().statusCode(403);
        }
        assertThat(count("select count(*) from audit_event where action = ? and outcome = 'denied' and ? = any(person_ids)",
                DataProtection.SUBJECT_ACCESS, person)).isEqualTo(others.size());
        assertThat(count("select count(*) from audit_event where action = ? and outcome = 'denied' and username = 'pc.hughes'",
                DataProtection.RETENTION_PREVIEW)).isPositive();

        given().header("Authorization", officer().bearer()).when().get("/api/data-protection/referral/retention")
                .then().statusCode(404);
        given().header("Authorization", officer().bearer()).when().get("/api/data-protection/referral/people/" + person)
                .then().statusCode(404);
        given().when().get("/api/data-protection/test/retention").then().statusCode(401);
    }

    private UUID event(Instant occurredAt) {
        UUID id = UUID.randomUUID();
        sql("insert into outbox (id, source, type, subject, occurred_at) values (?, '/early-help/test', 'toy.old', ?, ?)", id,
                id.toString(), Timestamp.from(occurredAt));
        return id;
    }

    private String consumed(Instant at) {
        String id = UUID.randomUUID().toString();
        sql("insert into consumed_event (consumer, event_id, consumed_at) values ('toy-consumer', ?, ?)", id, Timestamp.from(at));
        return id;
    }

    private String response(Instant expiresAt) {
        String key = UUID.randomUUID().toString();
        sql("insert into idempotency_key (caller_id, idempotency_key, request_hash, expires_at) values ('caller', ?, 'h', ?)", key,
                Timestamp.from(expiresAt));
        return key;
    }

    private void sql(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql, Object... parameters) {
        return ((Number) rows(sql, parameters).get(0).values().iterator().next()).longValue();
    }

    private String string(String sql, Object... parameters) {
        return (String) rows(sql, parameters).get(0).values().iterator().next();
    }

    private List<Map<String, Object>> rows(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    Map<String, Object> columns = new java.util.LinkedHashMap<>();
                    for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                        columns.put(row.getMetaData().getColumnLabel(i), row.getObject(i));
                    }
                    rows.add(columns);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}
