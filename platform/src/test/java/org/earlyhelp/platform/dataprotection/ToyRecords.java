package org.earlyhelp.platform.dataprotection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.crypto.PersonalData;
import org.earlyhelp.platform.identity.Caller;

/**
 * A toy record type for the data protection tests ({@code toy_record}): kept {@code earlyhelp.retention.keep.toy-record}
 * after it ended, its note sealed; both the rule the retention job applies and what a subject access request finds.
 */
@ApplicationScoped
class ToyRecords implements RetentionRule, SubjectAccessSource {

    static final String TYPE = "toy-record";

    private final DataSource dataSource;
    private final PersonalData personalData;

    ToyRecords(DataSource dataSource, PersonalData personalData) {
        this.dataSource = dataSource;
        this.personalData = personalData;
    }

    UUID save(UUID person, String note, Instant endedAt) {
        UUID id = UUID.randomUUID();
        update("insert into toy_record (id, person_id, note, ended_at) values (?, ?, ?, ?)", id, person, personalData.seal(note),
                Timestamp.from(endedAt));
        return id;
    }

    @Override
    public String recordType() {
        return TYPE;
    }

    @Override
    public List<ErasableRecord> due(Instant asOf, Period keep, int limit) {
        return query("select id, person_id from toy_record where ended_at < ? order by ended_at limit ?",
                Timestamp.from(RetentionJob.before(asOf, keep)), limit).stream()
                .map(row -> ErasableRecord.of(TYPE, row.get("id"), List.of((UUID) row.get("person_id")))).toList();
    }

    @Override
    public List<ErasableRecord> naming(UUID personId) {
        return query("select id, person_id from toy_record where person_id = ?", personId).stream()
                .map(row -> ErasableRecord.of(TYPE, row.get("id"), List.of(personId))).toList();
    }

    @Override
    public byte[] erase(ErasableRecord record) {
        List<Map<String, Object>> gone = query("delete from toy_record t where id = ? returning t::text as row",
                UUID.fromString(record.recordId()));
        return gone.isEmpty() ? null : sha256((String) gone.get(0).get("row"));
    }

    @Override
    public List<HeldRecord> recordsAbout(UUID personId, Caller officer) {
        return query("select id, note, ended_at from toy_record where person_id = ?", personId).stream()
                .map(row -> new HeldRecord(TYPE, row.get("id").toString(), ((Timestamp) row.get("ended_at")).toInstant(),
                        Map.of("note", personalData.open((String) row.get("note"))), List.of()))
                .toList();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Map<String, Object>> query(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    Map<String, Object> columns = new java.util.HashMap<>();
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
