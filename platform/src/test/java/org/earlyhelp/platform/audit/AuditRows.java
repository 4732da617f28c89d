package org.earlyhelp.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/** Reads the seal columns straight from the table, which the public API does not expose. */
final class AuditRows {

    /** A row's place in the chain: its seal position and inserting transaction. */
    record Sealed(long id, Long seq, long txid) {
    }

    private AuditRows() {
    }

    static Long sealSeqOf(DataSource dataSource, long id) {
        return sealed(dataSource, "SELECT id, seal_seq, txid::text FROM audit_event WHERE id = ?", id).stream()
                .findFirst().orElseThrow(() -> new AssertionError("no audit row " + id)).seq();
    }

    static List<Sealed> inChainOrder(DataSource dataSource) {
        return sealed(dataSource, "SELECT id, seal_seq, txid::text FROM audit_event WHERE seal_seq IS NOT NULL ORDER BY seal_seq");
    }

    static long count(DataSource dataSource, String where, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = prepare(connection, "SELECT count(*) FROM audit_event WHERE " + where, parameters);
                ResultSet result = count.executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Sealed> sealed(DataSource dataSource, String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = prepare(connection, sql, parameters);
                ResultSet result = select.executeQuery()) {
            List<Sealed> rows = new ArrayList<>();
            while (result.next()) {
                rows.add(new Sealed(result.getLong(1), result.getObject(2, Long.class), Long.parseLong(result.getString(3))));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
