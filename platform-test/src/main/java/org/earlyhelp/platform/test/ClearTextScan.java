package org.earlyhelp.platform.test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

/**
 * Searches every row of every table of a service's database, as text, for a marker: where personal data would
 * show in a dump of the database if it were stored in clear.
 */
public final class ClearTextScan {

    private ClearTextScan() {
    }

    /** The tables (with their count of rows) whose rows contain {@code marker} anywhere, as PostgreSQL prints them. */
    public static Map<String, Long> tablesContaining(DataSource dataSource, String marker) throws SQLException {
        Map<String, Long> found = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String table : tables(connection)) {
                try (PreparedStatement count = connection.prepareStatement(
                        "select count(*) from \"" + table + "\" t where strpos(t::text, ?) > 0")) {
                    count.setString(1, marker);
                    try (ResultSet row = count.executeQuery()) {
                        row.next();
                        if (row.getLong(1) > 0) {
                            found.put(table, row.getLong(1));
                        }
                    }
                }
            }
        }
        return found;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement list = connection.prepareStatement(
                "select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'");
                ResultSet row = list.executeQuery()) {
            while (row.next()) {
                tables.add(row.getString(1));
            }
        }
        return tables;
    }
}
