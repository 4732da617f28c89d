package org.earlyhelp.platform.test.fuzz;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

/**
 * Every row of every table of a service's schema, as one hash per row, so that two snapshots
 * tell exactly which rows a run of requests added, changed or removed. Meant for test
 * databases of a few thousand rows.
 */
public final class DatabaseSnapshot {

    private final Map<String, Set<String>> rows;

    private DatabaseSnapshot(Map<String, Set<String>> rows) {
        this.rows = rows;
    }

    /** Every table of the connection's current schema but the ones named. */
    public static DatabaseSnapshot take(DataSource dataSource, Set<String> excludedTables) {
        Map<String, Set<String>> rows = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet found = statement.executeQuery("""
                    SELECT table_name FROM information_schema.tables
                    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name""")) {
                while (found.next()) {
                    tables.add(found.getString(1));
                }
            }
            for (String table : tables) {
                if (excludedTables.contains(table)) {
                    continue;
                }
                Set<String> hashes = new HashSet<>();
                try (ResultSet found = statement.executeQuery("SELECT md5(t::text) FROM \"" + table.replace("\"", "\"\"") + "\" t")) {
                    while (found.next()) {
                        hashes.add(found.getString(1));
                    }
                }
                rows.put(table, hashes);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the service's tables", e);
        }
        return new DatabaseSnapshot(rows);
    }

    public int tables() {
        return rows.size();
    }

    public int rows() {
        return rows.values().stream().mapToInt(Set::size).sum();
    }

    /** What happened between this snapshot and a later one. */
    public Difference comparedWith(DatabaseSnapshot later) {
        Map<String, Integer> lost = new TreeMap<>();
        Map<String, Integer> added = new TreeMap<>();
        Set<String> tables = new HashSet<>(rows.keySet());
        tables.addAll(later.rows.keySet());
        for (String table : tables) {
            Set<String> before = rows.getOrDefault(table, Set.of());
            Set<String> after = later.rows.getOrDefault(table, Set.of());
            int gone = (int) before.stream().filter(row -> !after.contains(row)).count();
            int come = (int) after.stream().filter(row -> !before.contains(row)).count();
            if (gone > 0) {
                lost.put(table, gone);
            }
            if (come > 0) {
                added.put(table, come);
            }
        }
        return new Difference(lost, added);
    }

    /**
     * Rows that are no longer there as they were ({@code lost}: removed or changed) and rows
     * that were not there before ({@code added}: new, or the new state of a changed row), by table.
     */
    public record Difference(Map<String, Integer> lost, Map<String, Integer> added) {

        public int lostRows() {
            return lost.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int addedRows() {
            return added.values().stream().mapToInt(Integer::intValue).sum();
        }

        public boolean none() {
            return lost.isEmpty() && added.isEmpty();
        }

        @Override
        public String toString() {
            Map<String, String> byTable = new HashMap<>();
            lost.forEach((table, count) -> byTable.merge(table, "-" + count, (a, b) -> a + " " + b));
            added.forEach((table, count) -> byTable.merge(table, "+" + count, (a, b) -> a + " " + b));
            return new TreeMap<>(byTable).toString();
        }
    }
}
