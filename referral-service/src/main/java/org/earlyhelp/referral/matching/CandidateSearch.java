package org.earlyhelp.referral.matching;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
 * <p>
 * The name similarity {@code %} needs is the connection's {@value #NAME_THRESHOLD} setting: the
 * service sets it once per pooled connection ({@code quarkus.datasource.jdbc.new-connection-sql}),
 * not with a round trip before every search; other callers use {@link #nameThreshold}.
 */
public final class CandidateSearch {

    /** pg_trgm's setting for the trigram similarity its {@code %} operator needs (default 0.3). */
    public static final String NAME_THRESHOLD = "pg_trgm.similarity_threshold";

    /** Any date of birth: name, sound or (date of birth and postcode). */
    private static final String ANY_BIRTH_DATE = "(%1$s.name_key %% ? OR %1$s.phonetic_key = ?"
            + " OR (%1$s.date_of_birth = ? AND %1$s.postcode_key = ?))";

    /**
     * Born that day (name, sound or postcode) or date of birth unknown (name or sound). The date of birth
     * index alone narrows the dated arm (a few people a day in a county); their names are then compared
     * with {@code similarity()}, which no index answers, so that no plan reaches for the name index here:
     * PostgreSQL's generic plan for this prepared statement otherwise ANDed the date with a trigram scan
     * of every similar name in the county (4.6 ms against 0.1 ms). Partial indexes cover the unknown
     * dates of birth.
     */
    private static final String SAME_OR_NO_BIRTH_DATE = "((%1$s.date_of_birth = ? AND (similarity(%1$s.name_key, ?) >= show_limit()"
            + " OR %1$s.phonetic_key = ? OR %1$s.postcode_key = ?))"
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
     * Sets the trigram similarity the {@code %} operator needs for this connection's session (pg_trgm's default is 0.3,
     * which at a million people lets common names through by the thousand; spelling variants are caught by the phonetic
     * key anyway). Valid before pg_trgm is loaded: the setting waits for it.
     */
    public static void nameThreshold(Connection connection, double nameThreshold) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(nameThresholdSql(nameThreshold));
        }
    }

    /** The statement {@link #nameThreshold} runs. */
    public static String nameThresholdSql(double nameThreshold) {
        return "SET " + NAME_THRESHOLD + " = " + Double.toString(nameThreshold);
    }

    /**
     * Candidates for one person, best name first; the connection's {@value #NAME_THRESHOLD} decides which names are
     * similar enough.
     *
     * @param scoreThreshold the score a candidate needs to be shown ({@link MatchScore})
     */
    public static List<Candidate> search(Connection connection, double scoreThreshold, String nameKey,
            String phoneticKey, LocalDate dateOfBirth, String postcodeKey, UUID excludeReferral, int limit) throws SQLException {
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
            parameters.date(dateOfBirth).text(nameKey).text(phoneticKey).text(postcodeKey).text(nameKey).text(phoneticKey);
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
