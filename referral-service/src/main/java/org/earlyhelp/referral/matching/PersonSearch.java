package org.earlyhelp.referral.matching;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.crypto.PersonalData;
import org.earlyhelp.referral.referral.BirthDate;

/**
 * Finds people by name and date of birth in the "known to services" index, as tolerant of spelling as matching is:
 * for a data protection officer who knows a person by their details rather than an id (decision 0062).
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

    /** A person found: their id, their details as one appearance gives them, and how well they fit. */
    public record Found(UUID personId, String givenName, String familyName, LocalDate dateOfBirth, double score) {
    }

    /** The people whose best appearance scores at least the matching threshold, best first. */
    public List<Found> search(String givenName, String familyName, LocalDate dateOfBirth) {
        Sought sought = new Sought(givenName, familyName, BirthDate.on(dateOfBirth), null);
        List<Candidate> candidates;
        try (Connection connection = dataSource.getConnection()) {
            candidates = CandidateSearch.search(connection, sought, NO_REFERRAL, config.candidates()).stream()
                    .filter(candidate -> !candidate.fromCase()).map(candidate -> candidate.named(personalData::open)).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("Person search failed", e);
        }
        Map<UUID, Found> best = new LinkedHashMap<>();
        candidates.stream()
                .map(candidate -> new Found(candidate.personId(), candidate.firstName(), candidate.lastName(),
                        candidate.born().exact(), MatchScore.of(sought, candidate).score()))
                .filter(found -> found.score() >= config.threshold())
                .sorted(Comparator.comparingDouble(Found::score).reversed())
                .forEach(found -> best.putIfAbsent(found.personId(), found));
        return List.copyOf(best.values());
    }
}
