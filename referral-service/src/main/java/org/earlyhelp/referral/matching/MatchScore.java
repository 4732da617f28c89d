package org.earlyhelp.referral.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How likely a candidate is the same person, 0 to 1, with the reasons a screener reads. Name
 * counts half (trigram similarity, or 0.8 if the names sound alike); a matching date of birth
 * adds 0.3 and a different one takes 0.3 away (a missing one is neutral); the same postcode adds
 * 0.2, the same postcode district 0.1.
 */
public record MatchScore(double score, List<String> reasons) {

    private static final double NAME = 0.5;
    private static final double SAME_BIRTH_DATE = 0.3;
    private static final double DIFFERENT_BIRTH_DATE = -0.3;
    private static final double SAME_POSTCODE = 0.2;
    private static final double SAME_DISTRICT = 0.1;

    /**
     * The most a candidate whose date of birth is known and differs can score (identical name, same postcode):
     * below the threshold, the candidate search need not look at such people at all.
     */
    static final double BEST_WITH_DIFFERENT_BIRTH_DATE = NAME + DIFFERENT_BIRTH_DATE + SAME_POSTCODE;

    public static MatchScore of(String firstName, String lastName, LocalDate dateOfBirth, String postcodeKey, Candidate candidate) {
        List<String> reasons = new ArrayList<>();
        double name = candidate.nameSimilarity();
        if (candidate.soundsAlike() && name < 0.8) {
            name = 0.8;
        }
        if (NameKeys.name(firstName, lastName).equals(NameKeys.name(candidate.firstName(), candidate.lastName()))) {
            boolean swapped = !same(firstName, candidate.firstName()) && same(firstName, candidate.lastName());
            reasons.add(swapped ? "same name with first and last names swapped" : "same name");
        } else if (candidate.soundsAlike()) {
            reasons.add("names sound alike (" + candidate.firstName() + " " + candidate.lastName() + ")");
        } else {
            reasons.add(String.format(Locale.ROOT, "similar name (%.0f%%)", candidate.nameSimilarity() * 100));
        }
        double score = NAME * name;
        if (dateOfBirth == null || candidate.dateOfBirth() == null) {
            reasons.add("date of birth missing");
        } else if (dateOfBirth.equals(candidate.dateOfBirth())) {
            score += SAME_BIRTH_DATE;
            reasons.add("same date of birth");
        } else {
            score += DIFFERENT_BIRTH_DATE;
            reasons.add("different date of birth");
        }
        if (postcodeKey != null && postcodeKey.equals(candidate.postcodeKey())) {
            score += SAME_POSTCODE;
            reasons.add("same postcode");
        } else if (postcodeKey != null && NameKeys.district(postcodeKey).equals(NameKeys.district(candidate.postcodeKey()))) {
            score += SAME_DISTRICT;
            reasons.add("same postcode district");
        }
        if (candidate.fromCase()) {
            reasons.add("known from a case");
        }
        return new MatchScore(Math.max(0, Math.min(1, Math.round(score * 100) / 100.0)), List.copyOf(reasons));
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && NameKeys.name(a, null).equals(NameKeys.name(b, null));
    }
}
