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
 * When the person's date of birth is known and a candidate with a different one could not reach
 * the score threshold anyway ({@link MatchScore#BEST_WITH_DIFFERENT_BIRTH_DATE}), only people born
 * that day or with no date of birth recorded are looked at: the date of birth index then narrows a
 * county's people to a handful before any name is compared, instead of the name index offering
 * every similar name in the county. Plain JDBC so the benchmark program runs exactly this query.
 */
public final class CandidateSearch {

    /** Any date of birth: name, sound or (date of birth and postcode). */
    private static final String ANY_BIRTH_DATE = "(%1$s.name_key %% ? OR %1$s.phonetic_key = ?"
            + " OR (%1$s.date_of_birth = ? AND %1$s.postcode_key = ?))";

    /**
     * Born that day (name, sound or postcode) or date of birth unknown (name or sound); written out
     * arm by arm so that each arm is one index scan (partial indexes cover the unknown dates of birth).
     */
    private static final String SAME_OR_NO_BIRTH_DATE = "((%1$s.date_of_birth = ? AND %1$s.name_key %% ?)"
            + " OR (%1$s.date_of_birth = ? AND %1$s.phonetic_key = ?)"
            + " OR (%1$s.date_of_birth = ? AND %1$s.postcode_key = ?)"
            + " OR (%1$s.date_of_birth IS NULL AND %1$s.name_key %% ?)"
            + " OR (%1$s.date_of_birth IS NULL AND %1$s.phonetic_key = ?))";

    private static final String SQL = """
            SELECT p.person_id, p.first_name, p.last_name, p.date_of_birth, p.postcode_key,
                   similarity(p.name_key, ?) AS name_similarity, p.phonetic_key = ? AS sounds_alike, false AS from_case
              FROM referral_person p
             WHERE p.referral_id <> ? AND %1$s
            UNION ALL
            SELECT c.person_id, c.first_name, c.last_name, c.date_of_birth, c.postcode_key,
                   similarity(c.name_key, ?), c.phonetic_key = ?, true
              FROM case_person c
             WHERE %2$s
             ORDER BY name_similarity DESC
             LIMIT ?""";

    static final String ANY_BIRTH_DATE_SQL = SQL.formatted(ANY_BIRTH_DATE.formatted("p"), ANY_BIRTH_DATE.formatted("c"));
    static final String SAME_OR_NO_BIRTH_DATE_SQL = SQL.formatted(SAME_OR_NO_BIRTH_DATE.formatted("p"),
            SAME_OR_NO_BIRTH_DATE.formatted("c"));

    private CandidateSearch() {
    }

    /**
     * @param nameThreshold  the trigram similarity the {@code %} operator needs (pg_trgm's default is 0.3, which at a
     *                       million people lets common names through by the thousand; spelling variants are caught by
     *                       the phonetic key anyway)
     * @param scoreThreshold the score a candidate needs to be shown ({@link MatchScore})
     */
    public static List<Candidate> search(Connection connection, double nameThreshold, double scoreThreshold, String nameKey,
            String phoneticKey, LocalDate dateOfBirth, String postcodeKey, UUID excludeReferral, int limit) throws SQLException {
        try (PreparedStatement threshold = connection.prepareStatement("SELECT set_limit(?)")) {
            // Session setting, set before every search: only the % operator of this query reads it.
            threshold.setFloat(1, (float) nameThreshold);
            threshold.execute();
        }
        boolean sameOrNoBirthDate = dateOfBirth != null && scoreThreshold > MatchScore.BEST_WITH_DIFFERENT_BIRTH_DATE;
        try (PreparedStatement statement = connection.prepareStatement(sameOrNoBirthDate ? SAME_OR_NO_BIRTH_DATE_SQL
                : ANY_BIRTH_DATE_SQL)) {
            Parameters parameters = new Parameters(statement);
            parameters.text(nameKey).text(phoneticKey).uuid(excludeReferral);
            where(parameters, sameOrNoBirthDate, nameKey, phoneticKey, dateOfBirth, postcodeKey);
            parameters.text(nameKey).text(phoneticKey);
            where(parameters, sameOrNoBirthDate, nameKey, phoneticKey, dateOfBirth, postcodeKey);
            statement.setInt(parameters.next, limit);
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

    private static void where(Parameters parameters, boolean sameOrNoBirthDate, String nameKey, String phoneticKey,
            LocalDate dateOfBirth, String postcodeKey) throws SQLException {
        if (sameOrNoBirthDate) {
            parameters.date(dateOfBirth).text(nameKey).date(dateOfBirth).text(phoneticKey).date(dateOfBirth).text(postcodeKey)
                    .text(nameKey).text(phoneticKey);
        } else {
            parameters.text(nameKey).text(phoneticKey).date(dateOfBirth).text(postcodeKey);
        }
    }

    /** Binds parameters in order. */
    private static final class Parameters {

        private final PreparedStatement statement;
        private int next = 1;

        Parameters(PreparedStatement statement) {
            this.statement = statement;
        }

        Parameters text(String value) throws SQLException {
            statement.setString(next++, value);
            return this;
        }

        Parameters uuid(UUID value) throws SQLException {
            statement.setObject(next++, value);
            return this;
        }

        Parameters date(LocalDate value) throws SQLException {
            setDate(statement, next++, value);
            return this;
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
