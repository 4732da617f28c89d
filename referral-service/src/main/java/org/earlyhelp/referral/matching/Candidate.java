package org.earlyhelp.referral.matching;

import java.time.LocalDate;
import java.util.UUID;

/** An earlier appearance of someone who may be the person being matched, as the index found it. */
public record Candidate(UUID personId, String firstName, String lastName, LocalDate dateOfBirth, String postcodeKey,
        double nameSimilarity, boolean soundsAlike) {
}
