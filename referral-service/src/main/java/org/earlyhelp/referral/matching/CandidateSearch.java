package org.earlyhelp.referral.matching;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Finds earlier appearances of a person through the indexes only: trigram-similar name key
 * ({@code %}, GIN), equal phonetic key, or the same date of birth at the same postcode — on other
 * referrals, and among the family members case-service added to cases ({@code case_person}).
 * Plain JDBC so the benchmark program runs exactly this query.
 */
public final class CandidateSearch {

    static final String SQL = """
            SELECT p.person_id, p.first_name, p.last_name, p.date_of_birth, p.postcode_key,
                   similarity(p.name_key, ?) AS name_similarity, p.phonetic_key = ? AS sounds_alike, false AS from_case
              FROM referral_person p
             WHERE p.referral_id <> ?
               AND (p.name_key % ? OR p.phonetic_key = ? OR (p.date_of_birth = ? AND p.postcode_key = ?))
            UNION ALL
            SELECT c.person_id, c.first_name, c.last_name, c.date_of_birth, c.postcode_key,
                   similarity(c.name_key, ?), c.phonetic_key = ?, true
              FROM case_person c
             WHERE c.name_key % ? OR c.phonetic_key = ? OR (c.date_of_birth = ? AND c.postcode_key = ?)
             ORDER BY name_similarity DESC
             LIMIT ?""";

    private CandidateSearch() {
    }

    /**
     * @param nameThreshold the trigram similarity the {@code %} operator needs (pg_trgm's default is 0.3, which at a
     *                      million people lets common names through by the thousand; spelling variants are caught by
     *                      the phonetic key anyway)
     */
    public static List<Candidate> search(Connection connection, double nameThreshold, String nameKey, String phoneticKey,
            LocalDate dateOfBirth, String postcodeKey, UUID excludeReferral, int limit) throws SQLException {
        try (PreparedStatement threshold = connection.prepareStatement("SELECT set_limit(?)")) {
            // Session setting, set before every search: only the % operator of this query reads it.
            threshold.setFloat(1, (float) nameThreshold);
            threshold.execute();
        }
        try (PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setString(1, nameKey);
            statement.setString(2, phoneticKey);
            statement.setObject(3, excludeReferral);
            statement.setString(4, nameKey);
            statement.setString(5, phoneticKey);
            setDate(statement, 6, dateOfBirth);
            statement.setString(7, postcodeKey);
            statement.setString(8, nameKey);
            statement.setString(9, phoneticKey);
            statement.setString(10, nameKey);
            statement.setString(11, phoneticKey);
            setDate(statement, 12, dateOfBirth);
            statement.setString(13, postcodeKey);
            statement.setInt(14, limit);
            List<Candidate> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Date born = rows.getDate(4);
                    found.add(new Candidate(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                            born == null ? null : born.toLocalDate(), rows.getString(5), rows.getDouble(6), rows.getBoolean(7),
                            rows.getBoolean(8)));
                }
            }
            return found;
        }
    }

    private static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(date));
        }
    }
}
