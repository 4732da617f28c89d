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

    /** What a sealed value looks like in a row's text (PersonalData's format: prefix, key id, base64). */
    private static final java.util.regex.Pattern SEALED = java.util.regex.Pattern.compile("ehk1:[0-9a-f]{8}:[A-Za-z0-9+/=]+");

    /**
     * The tables (with their count of rows) that hold {@code marker} anywhere, in clear or inside a sealed value that
     * {@code open} (the service's {@code PersonalData::open}) opens: whether a record is really gone, not just unreadable
     * to a dump. Reads every row of every table, so for tests' small databases only.
     */
    public static Map<String, Long> tablesHolding(DataSource dataSource, java.util.function.UnaryOperator<String> open, String marker)
            throws SQLException {
        Map<String, Long> found = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String table : tables(connection)) {
                long rows = 0;
                try (PreparedStatement all = connection.prepareStatement("select t::text from \"" + table + "\" t");
                        ResultSet row = all.executeQuery()) {
                    while (row.next()) {
                        if (holds(row.getString(1), open, marker)) {
                            rows++;
                        }
                    }
                }
                if (rows > 0) {
                    found.put(table, rows);
                }
            }
        }
        return found;
    }

    private static boolean holds(String text, java.util.function.UnaryOperator<String> open, String marker) {
        if (text == null) {
            return false;
        }
        if (text.contains(marker)) {
            return true;
        }
        java.util.regex.Matcher sealed = SEALED.matcher(text);
        while (sealed.find()) {
            String opened = open.apply(sealed.group());
            // A sealed value may itself hold sealed values (an outbox payload naming sealed fields).
            if (opened != null && (opened.contains(marker) || (!opened.equals(sealed.group()) && holds(opened, open, marker)))) {
                return true;
            }
        }
        return false;
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
