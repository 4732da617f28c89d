package org.earlyhelp.referral.matching;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.crypto.PersonalData;
import org.earlyhelp.referral.referral.BirthDate;

/**
 * Finds people by their details in the "known to services" index, as tolerant of spelling as matching is: for a data
 * protection officer who knows a person by their details rather than an id (decision 0062), and for the hub's
 * "find a person" (issue 29), which also seeks by postcode or postcode district alone. The one place both look people
 * up; neither says what may be shown of whom (their callers do, by the referrals of the caller's areas).
 */
@ApplicationScoped
public class PersonSearch {

    /** Excludes no referral: the search looks at every appearance. */
    private static final UUID NO_REFERRAL = new UUID(0, 0);

    private final DataSource dataSource;
    private final MatchingConfig config;
    private final PersonalData personalData;

    PersonSearch(DataSource dataSource, MatchingConfig config, PersonalData personalData) {
        this.dataSource = dataSource;
        this.config = config;
        this.personalData = personalData;
    }

    /** People on referrals of the given areas at a postcode ({@code :postcode}) or in a district ({@code :district}). */
    private static final String AT_POSTCODE = """
            SELECT x.person_id, x.first_name, x.last_name, x.date_of_birth, x.postcode_key
              FROM referral_person x JOIN referral r ON r.id = x.referral_id
             WHERE r.area = ANY (?)
               AND (x.postcode_key = ?
                    OR CASE WHEN length(x.postcode_key) < 5 THEN x.postcode_key
                            ELSE left(x.postcode_key, length(x.postcode_key) - 3) END = ?)
             ORDER BY r.submitted_at DESC
             LIMIT ?""";

    /** A person found: their id, their details as one appearance gives them, and how well they fit. */
    public record Found(UUID personId, String givenName, String familyName, LocalDate dateOfBirth, String postcodeKey,
            double score) {
    }

    /**
     * What the hub seeks a person by, each optional: a name (spelling-tolerant), a date of birth (exact), a normalised
     * full postcode or a postcode district ({@link NameKeys#postcode}).
     */
    public record Criteria(String name, LocalDate dateOfBirth, String postcodeKey, boolean district) {
    }

    /** The people whose best appearance scores at least the matching threshold, best first. */
    public List<Found> search(String givenName, String familyName, LocalDate dateOfBirth) {
        Sought sought = new Sought(givenName, familyName, BirthDate.on(dateOfBirth), null);
        return best(indexed(sought).stream().map(candidate -> found(candidate, MatchScore.of(sought, candidate).score()))
                .filter(found -> found.score() >= config.threshold()));
    }

    /**
     * The people who fit every criterion given, best first: by name as tolerant as matching (the match score out of the most the details given allow, at least the threshold),
     * by date of birth exactly, by the postcode or its district; with neither name nor date of birth, only people on a
     * referral of {@code areas} at that postcode or in that district. A score of 1 where no name was given.
     */
    public List<Found> find(Criteria criteria, List<String> areas) {
        if (criteria.name() == null && criteria.dateOfBirth() == null) {
            return atPostcode(criteria, areas);
        }
        String[] names = criteria.name() == null ? new String[0] : criteria.name().trim().split("\\s+");
        String family = names.length == 0 ? null : names[names.length - 1];
        String given = names.length < 2 ? null : String.join(" ", List.of(names).subList(0, names.length - 1));
        Sought sought = new Sought(given, family, BirthDate.on(criteria.dateOfBirth()),
                criteria.district() ? null : criteria.postcodeKey());
        return best(indexed(sought).stream()
                .filter(candidate -> criteria.dateOfBirth() == null || criteria.dateOfBirth().equals(candidate.born().exact()))
                .filter(candidate -> criteria.postcodeKey() == null || atPostcode(criteria, candidate.postcodeKey()))
                .map(candidate -> found(candidate, criteria.name() == null ? 1 : outOfTheMost(sought, candidate)))
                .filter(found -> criteria.name() == null || found.score() >= config.threshold()));
    }

    /** The match score out of the most these criteria allow, so that a name alone can reach the threshold. */
    private static double outOfTheMost(Sought sought, Candidate candidate) {
        return Math.min(1, Math.round(MatchScore.of(sought, candidate).score() / MatchScore.mostFor(sought) * 100) / 100.0);
    }

    private static boolean atPostcode(Criteria criteria, String postcodeKey) {
        return criteria.district() ? criteria.postcodeKey().equals(NameKeys.district(postcodeKey))
                : criteria.postcodeKey().equals(postcodeKey);
    }

    /** The index's appearances of the person on referrals (not a case's family members), names in clear. */
    private List<Candidate> indexed(Sought sought) {
        try (Connection connection = dataSource.getConnection()) {
            return CandidateSearch.search(connection, sought, NO_REFERRAL, config.candidates()).stream()
                    .filter(candidate -> !candidate.fromCase()).map(candidate -> candidate.named(personalData::open)).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("Person search failed", e);
        }
    }

    private List<Found> atPostcode(Criteria criteria, List<String> areas) {
        if (areas.isEmpty()) {
            return List.of();
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(AT_POSTCODE)) {
            statement.setArray(1, connection.createArrayOf("text", areas.toArray()));
            statement.setString(2, criteria.district() ? null : criteria.postcodeKey());
            statement.setString(3, criteria.district() ? criteria.postcodeKey() : null);
            statement.setInt(4, config.candidates());
            List<Found> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Date born = rows.getDate(4);
                    found.add(new Found(rows.getObject(1, UUID.class), personalData.open(rows.getString(2)),
                            personalData.open(rows.getString(3)), born == null ? null : born.toLocalDate(), rows.getString(5), 1));
                }
            }
            return best(found.stream());
        } catch (SQLException e) {
            throw new IllegalStateException("Person search failed", e);
        }
    }

    private static Found found(Candidate candidate, double score) {
        return new Found(candidate.personId(), candidate.firstName(), candidate.lastName(), candidate.born().exact(),
                candidate.postcodeKey(), score);
    }

    /** Each person once, by their best appearance, best first. */
    private static List<Found> best(Stream<Found> found) {
        Map<UUID, Found> best = new LinkedHashMap<>();
        found.sorted(Comparator.comparingDouble(Found::score).reversed()).forEach(one -> best.putIfAbsent(one.personId(), one));
        return List.copyOf(best.values());
    }
}
