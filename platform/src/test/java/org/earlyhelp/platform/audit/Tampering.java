package org.earlyhelp.platform.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What someone who owns the tables can do behind the application's back: switch the
 * append-only triggers off, change rows, switch them on again, all in one transaction that
 * nobody else sees half-done. A session of its own, so temporary tables survive between steps.
 */
final class Tampering implements AutoCloseable {

    private final Connection connection;

    Tampering() throws SQLException {
        Config config = ConfigProvider.getConfig();
        connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
        connection.setAutoCommit(false);
    }

    /** Runs {@code sql} (one statement, {@code ?} bound to {@code parameters}) with the triggers off. */
    Tampering apply(String sql, Object... parameters) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE audit_event DISABLE TRIGGER USER");
            statement.execute("ALTER TABLE audit_seal DISABLE TRIGGER USER");
            try (PreparedStatement tamper = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    tamper.setObject(i + 1, parameters[i]);
                }
                tamper.execute();
            }
            statement.execute("ALTER TABLE audit_event ENABLE TRIGGER USER");
            statement.execute("ALTER TABLE audit_seal ENABLE TRIGGER USER");
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
        return this;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
