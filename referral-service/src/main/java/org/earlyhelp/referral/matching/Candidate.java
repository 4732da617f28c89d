package org.earlyhelp.referral.matching;

import java.util.UUID;
import java.util.function.UnaryOperator;

import org.earlyhelp.referral.referral.BirthDate;

/**
 * An earlier appearance of someone who may be the person being matched, as the index found it: on a
 * referral here, or ({@code fromCase}) a family member case-service added to a case.
 */
public record Candidate(UUID personId, String firstName, String lastName, BirthDate born, String postcodeKey,
        double nameSimilarity, boolean soundsAlike, boolean fromCase) {

    public Candidate(UUID personId, String firstName, String lastName, BirthDate born, String postcodeKey,
            double nameSimilarity, boolean soundsAlike) {
        this(personId, firstName, lastName, born, postcodeKey, nameSimilarity, soundsAlike, false);
    }

    /** The same appearance with its names as they read in clear (the index stores them sealed). */
    Candidate named(UnaryOperator<String> open) {
        return new Candidate(personId, open.apply(firstName), open.apply(lastName), born, postcodeKey, nameSimilarity,
                soundsAlike, fromCase);
    }
}
