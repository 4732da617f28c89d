package org.earlyhelp.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Through the application's own connection the audit trail only grows: rows cannot be changed,
 * removed or pre-sealed, and the chain head cannot move back. Only the sealer's one-time
 * setting of the seal columns is let through.
 */
@QuarkusTest
@TestProfile(ManualSealing.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class AuditAppendOnlyTest {

    @Inject
    AuditTrail audit;

    @Inject
    AuditSealer sealer;

    @Inject
    DataSource dataSource;

    @Test
    void anUnsealedRowCannotBeChangedOrDeleted() {
        long id = audit.record(entry());

        assertRefused("UPDATE audit_event SET purpose = 'changed' WHERE id = ?", id);
        assertRefused("DELETE FROM audit_event WHERE id = ?", id);
    }

    @Test
    void aSealedRowCannotBeChangedResealedOrDeleted() {
        long id = audit.record(entry());
        sealer.sealPending();

        assertRefused("UPDATE audit_event SET purpose = 'changed' WHERE id = ?", id);
        assertRefused("UPDATE audit_event SET hash = sha256('forged'::bytea) WHERE id = ?", id);
        assertRefused("UPDATE audit_event SET seal_seq = seal_seq + 1000000 WHERE id = ?", id);
        assertRefused("DELETE FROM audit_event WHERE id = ?", id);
    }

    @Test
    void theTableCannotBeTruncated() {
        assertRefused("TRUNCATE audit_event");
        assertRefused("TRUNCATE audit_seal");
    }

    @Test
    void theChainHeadCannotMoveBackOrDisappear() {
        audit.record(entry());
        sealer.sealPending();

        assertRefused("UPDATE audit_seal SET last_seq = last_seq - 1");
        assertRefused("DELETE FROM audit_seal");
        assertRefused("INSERT INTO audit_seal (id, last_seq) VALUES (2, 0)");
    }

    @Test
    void aRowInsertedAsIfSealedArrivesUnsealed() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_event"
                        + " (action, resource_type, outcome, seal_seq, hash, txid) VALUES ('read', 'record', 'success', 999999, '\\x00', '1')"
                        + " RETURNING id")) {
            var result = insert.executeQuery();
            result.next();
            long id = result.getLong(1);

            assertThat(AuditRows.sealSeqOf(dataSource, id)).isNull();
            assertThat(AuditRows.count(dataSource, "id = ? AND txid <> '1'", id)).isEqualTo(1);
        }
        sealer.sealPending();
    }

    private void assertRefused(String sql, Object... parameters) {
        assertThatThrownBy(() -> {
            try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                statement.execute();
            }
        }).isInstanceOf(SQLException.class).hasMessageContaining("refused");
    }

    private static AuditEntry entry() {
        return AuditEntry.of(Callers.practitioner("northshire-police"))
                .action(AuditAction.UPDATE)
                .resource("record", UUID.randomUUID())
                .build();
    }
}
