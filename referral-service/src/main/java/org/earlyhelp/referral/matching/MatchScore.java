package org.earlyhelp.referral.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.earlyhelp.referral.referral.BirthDate;

/**
 * How likely a candidate is the same person, 0 to 1, with the reasons a screener reads.
 * <ul>
 * <li>Name, up to 0.5: the mean of the first name's and the surname's agreement, each 1 when the same (after accents
 * and letters such as Ł are made plain), 0.9 for a known variant of a first name (Bill for William, Shivaun for
 * Siobhan: {@link GivenNames}), 0.85 when they sound alike, 0.8 for a slip of one or two letters, else their trigram
 * similarity; first and last names written the other way round count as the same.</li>
 * <li>Date of birth: +0.3 the same day, +0.2 day and month swapped (03/09 against 09/03), +0.05 when a year or an
 * approximate age fits, 0 when either is not known, −0.15 when a year or an age does not fit, −0.3 for another
 * day.</li>
 * <li>Address: +0.2 the same postcode, +0.1 the same postcode district.</li>
 * </ul>
 * Two people whose first names disagree are never a strong match, whatever else they share: that is a sibling, or
 * twins (same surname, date of birth and address), and the score is held below {@link #STRONG}.
 */
public record MatchScore(double score, List<String> reasons) {

    /** From this score a match is shown as strong ("known to services" counts, the API's {@code strong}). */
    public static final double STRONG = 0.7;

    private static final double NAME = 0.5;
    private static final double SAME_BIRTH_DATE = 0.3;
    private static final double SWAPPED_BIRTH_DATE = 0.2;
    private static final double WITHIN_ESTIMATE = 0.05;
    private static final double OUTSIDE_ESTIMATE = -0.15;
    private static final double DIFFERENT_BIRTH_DATE = -0.3;
    private static final double SAME_POSTCODE = 0.2;
    private static final double SAME_DISTRICT = 0.1;
    /** The most that people with different first names can score: shown, if at all, as a possible twin or sibling. */
    private static final double DIFFERENT_FIRST_NAME_CAP = 0.6;

    private static final double SAME = 1.0;
    private static final double VARIANT = 0.9;
    private static final double SOUNDS_ALIKE = 0.85;
    private static final double SLIP = 0.8;
    /** A first name on one side only (an unborn child's): neither for nor against. */
    private static final double NO_FIRST_NAME = 0.5;

    /**
     * The most a candidate whose date of birth is known and differs from a known one can score (identical name, same
     * postcode): below the threshold, the candidate search need not look at such people at all.
     */
    static final double BEST_WITH_DIFFERENT_BIRTH_DATE = NAME + DIFFERENT_BIRTH_DATE + SAME_POSTCODE;

    /**
     * The most anyone can score against {@code sought}: the name's share, plus the date of birth's and the postcode's
     * when the sought person has them. A search by fewer details than a referral gives scores out of this.
     */
    static double mostFor(Sought sought) {
        return NAME + (sought.born().exact() != null ? SAME_BIRTH_DATE : 0) + (sought.postcodeKey() != null ? SAME_POSTCODE : 0);
    }

    public boolean strong() {
        return score >= STRONG;
    }

    public static MatchScore of(Sought sought, Candidate candidate) {
        List<String> reasons = new ArrayList<>();
        Names straight = Names.compare(sought.firstName(), sought.lastName(), candidate.firstName(), candidate.lastName());
        Names reversed = Names.compare(sought.lastName(), sought.firstName(), candidate.firstName(), candidate.lastName());
        boolean swapped = reversed.weight() > straight.weight() && sought.firstName() != null && !sought.firstName().isBlank();
        Names names = swapped ? reversed : straight;
        if (NameKeys.name(sought.firstName(), sought.lastName()).equals(NameKeys.name(candidate.firstName(), candidate.lastName()))) {
            reasons.add(swapped ? "same name with first and last names swapped" : "same name");
        } else if (names.given() == VARIANT) {
            reasons.add("known variant of the first name (" + candidate.firstName() + " for " + (swapped ? sought.lastName()
                    : sought.firstName()) + ")");
        } else if (candidate.soundsAlike() || names.weight() >= (SOUNDS_ALIKE + SOUNDS_ALIKE) / 2) {
            reasons.add("names sound alike (" + candidate.firstName() + " " + candidate.lastName() + ")");
        } else {
            reasons.add(String.format(Locale.ROOT, "similar name (%.0f%%)", names.weight() * 100));
        }
        double score = NAME * names.weight();

        BirthDate.Agreement born = sought.born().against(candidate.born());
        switch (born) {
            case SAME_DAY -> {
                score += SAME_BIRTH_DATE;
                reasons.add("same date of birth");
            }
            case DAY_AND_MONTH_SWAPPED -> {
                score += SWAPPED_BIRTH_DATE;
                reasons.add("date of birth with day and month swapped");
            }
            case WITHIN_ESTIMATE -> {
                score += WITHIN_ESTIMATE;
                reasons.add(sought.born().yearOnly() || candidate.born().yearOnly() ? "date of birth fits the year of birth"
                        : "date of birth fits the approximate age");
            }
            case UNKNOWN -> reasons.add("date of birth missing");
            case OUTSIDE_ESTIMATE -> {
                score += OUTSIDE_ESTIMATE;
                reasons.add("date of birth does not fit the year or approximate age");
            }
            case DIFFERENT -> {
                score += DIFFERENT_BIRTH_DATE;
                reasons.add("different date of birth");
            }
        }
        boolean samePostcode = sought.postcodeKey() != null && sought.postcodeKey().equals(candidate.postcodeKey());
        if (samePostcode) {
            score += SAME_POSTCODE;
            reasons.add("same postcode");
        } else if (sought.postcodeKey() != null
                && NameKeys.district(sought.postcodeKey()).equals(NameKeys.district(candidate.postcodeKey()))) {
            score += SAME_DISTRICT;
            reasons.add("same postcode district");
        }
        if (names.differentGivenNames()) {
            score = Math.min(score, DIFFERENT_FIRST_NAME_CAP);
            boolean twins = born == BirthDate.Agreement.SAME_DAY && samePostcode && names.family() == SAME;
            reasons.add(twins ? "same surname, date of birth and address but a different first name: a twin?"
                    : "different first name");
        }
        if (candidate.fromCase()) {
            reasons.add("known from a case");
        }
        return new MatchScore(Math.max(0, Math.min(1, Math.round(score * 100) / 100.0)), List.copyOf(reasons));
    }

    /** How far two names agree: {@code given} and {@code family} each 0 to 1. */
    private record Names(double given, double family, boolean differentGivenNames) {

        double weight() {
            return (given + family) / 2;
        }

        static Names compare(String first, String last, String otherFirst, String otherLast) {
            String given = NameKeys.given(first);
            String otherGiven = NameKeys.given(otherFirst);
            double givenAgreement;
            boolean different = false;
            if (given.isEmpty() || otherGiven.isEmpty()) {
                givenAgreement = NO_FIRST_NAME;
            } else if (given.equals(otherGiven)) {
                givenAgreement = SAME;
            } else if (GivenNames.variants(given, otherGiven)) {
                givenAgreement = VARIANT;
            } else {
                givenAgreement = spelling(given, otherGiven);
                different = givenAgreement < SLIP;
            }
            String family = NameKeys.family(last);
            String otherFamily = NameKeys.family(otherLast);
            double familyAgreement = family.equals(otherFamily) ? SAME : spelling(family, otherFamily);
            return new Names(givenAgreement, familyAgreement, different);
        }

        /** 0.85 when the names sound alike, 0.8 for a slip of a letter or two, else their trigram similarity. */
        private static double spelling(String one, String other) {
            if (!one.isEmpty() && NameKeys.phonetic(one, null).equals(NameKeys.phonetic(other, null))) {
                return SOUNDS_ALIKE;
            }
            int slips = Math.min(one.length(), other.length()) >= 7 ? 2 : 1;
            if (Math.min(one.length(), other.length()) >= 4 && editDistance(one, other) <= slips) {
                return SLIP;
            }
            return trigramSimilarity(one, other);
        }
    }

    /** Letters inserted, deleted, changed or two neighbours exchanged (optimal string alignment distance). */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** As pg_trgm's {@code similarity}: shared trigrams of the words padded with spaces, over all of them. */
    static double trigramSimilarity(String a, String b) {
        Set<String> one = trigrams(a);
        Set<String> other = trigrams(b);
        if (one.isEmpty() || other.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(one);
        shared.retainAll(other);
        return (double) shared.size() / (one.size() + other.size() - shared.size());
    }

    private static Set<String> trigrams(String text) {
        Set<String> trigrams = new HashSet<>();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String padded = "  " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                trigrams.add(padded.substring(i, i + 3));
            }
        }
        return trigrams;
    }
}
