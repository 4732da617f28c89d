package org.earlyhelp.platform.audit;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

/**
 * The {@code audit_event} table through plain JDBC: the audit trail must not depend on a
 * service's persistence unit, and the sealer and verifier need SQL that an ORM would hide.
 * Connections come from the default datasource, so inside a JTA transaction they are the
 * transaction's connection.
 */
@ApplicationScoped
class AuditEvents {

    static final String COLUMNS = "id, occurred_at, user_id, username, agency, roles, action, resource_type,"
            + " resource_id, person_ids, purpose, outcome, request_id, seal_seq, prev_hash, hash";

    private static final String INSERT = "INSERT INTO audit_event (user_id, username, agency, roles, action,"
            + " resource_type, resource_id, person_ids, purpose, outcome, request_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";

    private final DataSource dataSource;

    AuditEvents(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Appends {@code entry} in whatever transaction is current; returns the row id. */
    long insert(AuditEntry entry) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, entry.userId());
            insert.setString(2, entry.username());
            insert.setString(3, entry.agency());
            insert.setArray(4, connection.createArrayOf("text", entry.roles().toArray(String[]::new)));
            insert.setString(5, entry.action());
            insert.setString(6, entry.resourceType());
            insert.setString(7, entry.resourceId());
            insert.setArray(8, connection.createArrayOf("uuid", entry.personIds().toArray(UUID[]::new)));
            insert.setString(9, entry.purpose());
            insert.setString(10, entry.outcome().value());
            insert.setString(11, entry.requestId());
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write to the audit trail", e);
        }
    }

    /** Rows matching {@code query}, newest first. */
    Page<AuditRow> search(AuditQuery query, PageRequest page) {
        List<Object> parameters = new ArrayList<>();
        String where = where(query, parameters);
        try (Connection connection = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = prepare(connection, "SELECT count(*) FROM audit_event" + where, parameters);
                    ResultSet result = count.executeQuery()) {
                result.next();
                total = result.getLong(1);
            }
            if (total == 0) {
                return Page.empty(page);
            }
            List<Object> paged = new ArrayList<>(parameters);
            paged.add(page.size());
            paged.add(page.offset());
            String sql = "SELECT " + COLUMNS + " FROM audit_event" + where
                    + " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?";
            try (PreparedStatement select = prepare(connection, sql, paged)) {
                return new Page<>(rows(select), page.page(), page.size(), total);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not search the audit trail", e);
        }
    }

    /** Sealed rows with {@code after < seal_seq <= upTo}, in chain order, at most {@code limit}. */
    List<AuditRow> sealed(long after, long upTo, int limit) {
        String sql = "SELECT " + COLUMNS + " FROM audit_event WHERE seal_seq > ? AND seal_seq <= ? ORDER BY seal_seq LIMIT ?";
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement select = prepare(connection, sql, List.of(after, upTo, limit))) {
                return rows(select);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit chain", e);
        }
    }

    long unsealedCount() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM audit_event WHERE seal_seq IS NULL");
                ResultSet result = count.executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count unsealed audit rows", e);
        }
    }

    /**
     * The head recorded in {@code audit_seal} and the highest {@code seal_seq} in the table, read
     * in one statement. A seal moves both in one transaction, so in one snapshot they agree
     * unless someone changed one of them behind the sealer's back.
     */
    RecordedHead head() {
        String sql = "SELECT last_seq, last_hash, (SELECT max(seal_seq) FROM audit_event) FROM audit_seal WHERE id = 1";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql);
                ResultSet result = select.executeQuery()) {
            if (!result.next()) {
                throw new IllegalStateException("audit_seal has no head row");
            }
            Long highest = result.getObject(3, Long.class);
            return new RecordedHead(new ChainHead(result.getLong(1), result.getBytes(2)), highest == null ? 0 : highest);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit chain head", e);
        }
    }

    record RecordedHead(ChainHead head, long highestSealed) {
    }

    static List<AuditRow> rows(PreparedStatement select) throws SQLException {
        List<AuditRow> rows = new ArrayList<>();
        try (ResultSet result = select.executeQuery()) {
            while (result.next()) {
                rows.add(row(result));
            }
        }
        return rows;
    }

    static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    private static String where(AuditQuery query, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (query.personId() != null) {
            conditions.add("person_ids @> ARRAY[?]::uuid[]");
            parameters.add(query.personId());
        }
        condition(conditions, parameters, "agency = ?", query.agency());
        condition(conditions, parameters, "resource_type = ?", query.resourceType());
        condition(conditions, parameters, "resource_id = ?", query.resourceId());
        condition(conditions, parameters, "user_id = ?", query.userId());
        condition(conditions, parameters, "action = ?", query.action());
        condition(conditions, parameters, "outcome = ?", query.outcome() == null ? null : query.outcome().value());
        condition(conditions, parameters, "occurred_at >= ?",
                query.from() == null ? null : OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
        condition(conditions, parameters, "occurred_at < ?",
                query.to() == null ? null : OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void condition(List<String> conditions, List<Object> parameters, String sql, Object value) {
        if (value != null) {
            conditions.add(sql);
            parameters.add(value);
        }
    }

    private static AuditRow row(ResultSet result) throws SQLException {
        return new AuditRow(
                result.getLong("id"),
                result.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                result.getString("user_id"),
                result.getString("username"),
                result.getString("agency"),
                Arrays.asList((String[]) array(result.getArray("roles"))),
                result.getString("action"),
                result.getString("resource_type"),
                result.getString("resource_id"),
                Arrays.asList((UUID[]) array(result.getArray("person_ids"))),
                result.getString("purpose"),
                result.getString("outcome"),
                result.getString("request_id"),
                result.getObject("seal_seq", Long.class),
                result.getBytes("prev_hash"),
                result.getBytes("hash"));
    }

    private static Object array(Array array) throws SQLException {
        try {
            return array.getArray();
        } finally {
            array.free();
        }
    }
}
