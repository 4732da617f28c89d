package org.earlyhelp.referral.matching;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An earlier appearance of someone who may be the person being matched, as the index found it: on a
 * referral here, or ({@code fromCase}) a family member case-service added to a case.
 */
public record Candidate(UUID personId, String firstName, String lastName, LocalDate dateOfBirth, String postcodeKey,
        double nameSimilarity, boolean soundsAlike, boolean fromCase) {

    public Candidate(UUID personId, String firstName, String lastName, LocalDate dateOfBirth, String postcodeKey,
            double nameSimilarity, boolean soundsAlike) {
        this(personId, firstName, lastName, dateOfBirth, postcodeKey, nameSimilarity, soundsAlike, false);
    }
}
