package org.earlyhelp.platform.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Changes made to the audit trail directly in SQL, past the triggers, are found by
 * {@code GET /api/audit/<context>/verify}, which names the first row that no longer fits.
 * Each test restores what it tampered with and shows the chain verifies again, so the
 * report points at exactly the damage.
 */
@QuarkusTest
@TestProfile(ChainTampering.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class AuditChainVerificationTest {

    private static final String PURPOSE = "routine check";

    @Inject
    AuditTrail audit;

    @Inject
    AuditSealer sealer;

    @Inject
    AuditEvents events;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void sealEverythingSoFar() {
        sealer.sealPending();
    }

    @Test
    void anUntouchedChainVerifiesAcrossManyPages() {
        sealedRows(10);

        JsonPath report = verify();

        assertThat(report.getBoolean("valid")).isTrue();
        assertThat(report.getLong("checked")).isEqualTo(report.getLong("head.seq")).isGreaterThanOrEqualTo(10);
        assertThat(report.getLong("unsealed")).isZero();
        assertThat(report.getString("head.hash")).hasSize(64);
        assertThat(report.getMap("firstBroken")).isNull();
    }

    @Test
    void rowsNotYetSealedAreCountedAsUnsealed() {
        audit.record(entry());
        audit.record(entry());

        JsonPath report = verify();

        assertThat(report.getBoolean("valid")).isTrue();
        assertThat(report.getLong("unsealed")).isEqualTo(2);
    }

    @Test
    void anUpdateInSqlShowsAsAlteredAtThatRow() throws Exception {
        List<Long> rows = sealedRows(5);
        long altered = rows.get(2);

        try (Tampering tampering = new Tampering()) {
            tampering.apply("UPDATE audit_event SET purpose = 'nothing to see here' WHERE id = ?", altered);
            assertBrokenAt(verify(), altered, AuditRows.sealSeqOf(dataSource, altered), "altered");

            tampering.apply("UPDATE audit_event SET purpose = ? WHERE id = ?", PURPOSE, altered);
            assertThat(verify().getBoolean("valid")).isTrue();
        }
    }

    @Test
    void aDeleteInSqlShowsAsMissingPreviousAtTheNextRow() throws Exception {
        List<Long> rows = sealedRows(5);
        long deleted = rows.get(2);
        long next = rows.get(3);

        try (Tampering tampering = new Tampering()) {
            tampering.apply("CREATE TEMP TABLE kept AS SELECT * FROM audit_event WHERE id = ?", deleted)
                    .apply("DELETE FROM audit_event WHERE id = ?", deleted);
            assertBrokenAt(verify(), next, AuditRows.sealSeqOf(dataSource, next), "missing previous");

            tampering.apply("INSERT INTO audit_event OVERRIDING SYSTEM VALUE SELECT * FROM kept");
            assertThat(verify().getBoolean("valid")).isTrue();
        }
    }

    @Test
    void deletingTheNewestRowShowsAsMissingLatest() throws Exception {
        List<Long> rows = sealedRows(3);
        long newest = rows.get(2);
        long newestSeq = AuditRows.sealSeqOf(dataSource, newest);

        try (Tampering tampering = new Tampering()) {
            tampering.apply("CREATE TEMP TABLE kept AS SELECT * FROM audit_event WHERE id = ?", newest)
                    .apply("DELETE FROM audit_event WHERE id = ?", newest);
            JsonPath report = verify();
            assertThat(report.getBoolean("valid")).isFalse();
            assertThat(report.getString("firstBroken.reason")).isEqualTo("missing latest");
            assertThat(report.getLong("firstBroken.seq")).isEqualTo(newestSeq);
            assertThat(report.getString("firstBroken.id")).isNull();

            tampering.apply("INSERT INTO audit_event OVERRIDING SYSTEM VALUE SELECT * FROM kept");
            assertThat(verify().getBoolean("valid")).isTrue();
        }
    }

    @Test
    void deletingARowAndRenumberingTheRestShowsAsPreviousHashMismatch() throws Exception {
        List<Long> rows = sealedRows(4);
        long deleted = rows.get(1);
        long deletedSeq = AuditRows.sealSeqOf(dataSource, deleted);
        long next = rows.get(2);

        try (Tampering tampering = new Tampering()) {
            tampering.apply("CREATE TEMP TABLE kept AS SELECT * FROM audit_event WHERE id = ?", deleted)
                    .apply("DELETE FROM audit_event WHERE id = ?", deleted);
            shiftSeals(tampering, deletedSeq, -1);
            assertBrokenAt(verify(), next, deletedSeq, "previous hash mismatch");

            shiftSeals(tampering, deletedSeq, +1);
            tampering.apply("INSERT INTO audit_event OVERRIDING SYSTEM VALUE SELECT * FROM kept");
            assertThat(verify().getBoolean("valid")).isTrue();
        }
    }

    @Test
    void rewritingTheNewestRowWithAFreshHashShowsAsHeadMismatch() throws Exception {
        List<Long> rows = sealedRows(2);
        long newest = rows.get(1);
        long seq = AuditRows.sealSeqOf(dataSource, newest);
        AuditRow original = events.sealed(seq - 1, seq, 1).get(0);
        AuditRow forged = new AuditRow(original.id(), original.occurredAt(), original.userId(), original.username(),
                original.agency(), original.roles(), original.action(), original.resourceType(), original.resourceId(),
                original.personIds(), "nothing to see here", original.outcome(), original.requestId(), seq,
                original.prevHash(), null);
        byte[] forgedHash = CanonicalContent.hash(forged, seq, original.prevHash());

        try (Tampering tampering = new Tampering()) {
            tampering.apply("UPDATE audit_event SET purpose = ?, hash = ? WHERE id = ?", forged.purpose(), forgedHash, newest);
            assertBrokenAt(verify(), newest, seq, "head mismatch");

            tampering.apply("UPDATE audit_event SET purpose = ?, hash = ? WHERE id = ?", PURPOSE, original.hash(), newest);
            assertThat(verify().getBoolean("valid")).isTrue();
        }
    }

    @Test
    void movingTheHeadBackShowsAsBeyondHead() throws Exception {
        List<Long> rows = sealedRows(2);
        long newestSeq = AuditRows.sealSeqOf(dataSource, rows.get(1));
        String headAt = "UPDATE audit_seal SET last_seq = ?, last_hash = (SELECT hash FROM audit_event WHERE seal_seq = ?)";

        try (Tampering tampering = new Tampering()) {
            tampering.apply(headAt, newestSeq - 1, newestSeq - 1);
            JsonPath report = verify();
            assertThat(report.getBoolean("valid")).isFalse();
            assertThat(report.getString("firstBroken.reason")).isEqualTo("beyond head");
            assertThat(report.getLong("firstBroken.seq")).isEqualTo(newestSeq);

            tampering.apply(headAt, newestSeq, newestSeq);
            assertThat(verify().getBoolean("valid")).isTrue();
        }
    }

    private static void assertBrokenAt(JsonPath report, long id, long seq, String reason) {
        assertThat(report.getBoolean("valid")).isFalse();
        assertThat(report.getString("firstBroken.reason")).isEqualTo(reason);
        assertThat(report.getLong("firstBroken.id")).isEqualTo(id);
        assertThat(report.getLong("firstBroken.seq")).isEqualTo(seq);
    }

    /** Moves every seal from {@code seq} on by {@code by}, head included, in two steps to stay clear of the unique constraint. */
    private static void shiftSeals(Tampering tampering, long seq, int by) throws Exception {
        tampering.apply("UPDATE audit_event SET seal_seq = -(seal_seq + ?) WHERE seal_seq >= ?", by, seq)
                .apply("UPDATE audit_event SET seal_seq = -seal_seq WHERE seal_seq < 0")
                .apply("UPDATE audit_seal SET last_seq = last_seq + ?", by);
    }

    private JsonPath verify() {
        return given().header("Authorization", Callers.auditorToken().bearer())
                .when().get("/api/audit/test/verify")
                .then().statusCode(200)
                .extract().jsonPath();
    }

    /** Records {@code count} entries and seals them; they are the newest part of the chain. */
    private List<Long> sealedRows(int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(audit.record(entry()));
        }
        sealer.sealPending();
        return ids;
    }

    private static AuditEntry entry() {
        return AuditEntry.of(Callers.practitioner("northshire-police"))
                .action(AuditAction.READ)
                .resource("record", UUID.randomUUID())
                .person(UUID.randomUUID())
                .purpose(PURPOSE)
                .build();
    }
}
