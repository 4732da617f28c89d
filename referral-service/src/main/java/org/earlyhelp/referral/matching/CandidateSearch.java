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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.earlyhelp.referral.referral.BirthDate;

/**
 * Finds earlier appearances of a person through the indexes only — on other referrals, and among the family members
 * case-service added to cases ({@code case_person}) — as one statement, the same whatever the referral knows:
 * <ul>
 * <li>born that day, or on the day with day and month swapped (the date of birth index);</li>
 * <li>the same surname at the same postcode (a household: nicknames, Irish spellings and siblings, who are then
 * scored apart);</li>
 * <li>a trigram-similar name key ({@code %}, GIN) or the same phonetic key, among people whose date of birth is not
 * known exactly — or among everyone when the sought person's is not: a candidate with a different known date of
 * birth could not reach the threshold ({@link MatchScore#BEST_WITH_DIFFERENT_BIRTH_DATE}), so for a dated person
 * the partial indexes of the undated (V5) narrow a county's similar names to a few.</li>
 * </ul>
 * The best-placed are kept (same or swapped day, same postcode, then name similarity), so a common name's namesakes
 * do not crowd out the child. Plain JDBC, the one piece of matching that needs PostgreSQL itself (pg_trgm), so that
 * the benchmark programs run exactly this statement.
 * <p>
 * The name similarity {@code %} needs is the connection's {@value #NAME_THRESHOLD} setting: the service sets it once
 * per pooled connection ({@code quarkus.datasource.jdbc.new-connection-sql}), not with a round trip before every
 * search; other callers use {@link #nameThreshold}.
 */
public final class CandidateSearch {

    /** pg_trgm's setting for the trigram similarity its {@code %} operator needs (default 0.3). */
    public static final String NAME_THRESHOLD = "pg_trgm.similarity_threshold";

    /** One table's candidates ({@code x}: {@code referral_person} or {@code case_person}); {@code :named} parameters. */
    private static final String PEOPLE = """
            SELECT x.person_id, x.first_name, x.last_name, x.date_of_birth, x.born_earliest, x.born_latest, x.postcode_key,
                   similarity(x.name_key, :name) AS name_similarity, x.phonetic_key = :phonetic AS sounds_alike,
                   %2$s AS from_case,
                   CASE WHEN x.date_of_birth IN (:born, :swapped) THEN 2 ELSE 0 END
                   + CASE WHEN x.postcode_key = :postcode THEN 1 ELSE 0 END AS placed
              FROM %1$s x
             WHERE %3$s
               AND (x.date_of_birth IN (:born, :swapped)
                    OR (x.family_key = :family AND x.postcode_key = :postcode)
                    OR ((x.date_of_birth IS NULL OR :anyBirthDate) AND x.name_key %% :name)
                    OR ((x.date_of_birth IS NULL OR :anyBirthDate) AND x.phonetic_key = :phonetic))""";

    static final String SQL = PEOPLE.formatted("referral_person", "false", "x.referral_id <> :referral")
            + "\nUNION ALL\n" + PEOPLE.formatted("case_person", "true", "true")
            + "\n ORDER BY placed DESC, name_similarity DESC\n LIMIT :limit";

    private static final Pattern PARAMETER = Pattern.compile("(?<!:):([a-zA-Z]+)");
    private static final List<String> ORDER = new ArrayList<>();
    private static final String JDBC_SQL = positional(SQL, ORDER);

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
     * Candidates for one person, best placed first; the connection's {@value #NAME_THRESHOLD} decides which names are
     * similar enough.
     */
    public static List<Candidate> search(Connection connection, Sought sought, UUID excludeReferral, int limit)
            throws SQLException {
        BirthDate born = sought.born();
        Map<String, Object> values = new HashMap<>();
        values.put("name", sought.nameKey());
        values.put("phonetic", sought.phoneticKey());
        values.put("family", sought.familyKey());
        values.put("postcode", sought.postcodeKey());
        values.put("born", born.exact());
        values.put("swapped", born.swapped());
        values.put("anyBirthDate", born.exact() == null);
        values.put("referral", excludeReferral);
        values.put("limit", limit);
        try (PreparedStatement statement = connection.prepareStatement(JDBC_SQL)) {
            for (int i = 0; i < ORDER.size(); i++) {
                bind(statement, i + 1, ORDER.get(i), values.get(ORDER.get(i)));
            }
            List<Candidate> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(new Candidate(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                            BirthDate.of(date(rows, 4), date(rows, 5), date(rows, 6)), rows.getString(7), rows.getDouble(8),
                            rows.getBoolean(9), rows.getBoolean(10)));
                }
            }
            return found;
        }
    }

    private static void bind(PreparedStatement statement, int index, String name, Object value) throws SQLException {
        switch (name) {
            case "born", "swapped" -> {
                if (value == null) {
                    statement.setNull(index, Types.DATE);
                } else {
                    statement.setDate(index, Date.valueOf((LocalDate) value));
                }
            }
            case "anyBirthDate" -> statement.setBoolean(index, (Boolean) value);
            case "limit" -> statement.setInt(index, (Integer) value);
            case "referral" -> statement.setObject(index, value);
            default -> statement.setString(index, (String) value);
        }
    }

    private static LocalDate date(ResultSet rows, int column) throws SQLException {
        Date date = rows.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    /** {@code :name} → {@code ?}, the names in order in {@code order}. */
    private static String positional(String sql, List<String> order) {
        Matcher matcher = PARAMETER.matcher(sql);
        StringBuilder jdbc = new StringBuilder();
        while (matcher.find()) {
            order.add(matcher.group(1));
            matcher.appendReplacement(jdbc, "?");
        }
        matcher.appendTail(jdbc);
        return jdbc.toString();
    }
}
