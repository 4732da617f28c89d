package org.earlyhelp.referral.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Keys and scores of "known to services": tolerant of spelling, swapped names and a missing date of birth. */
class MatchScoreTest {

    private static final LocalDate BORN = LocalDate.of(2012, 5, 3);

    @Test
    void swappedNamesShareANameKeyAndSpellingVariantsSoundAlike() {
        assertThat(NameKeys.name("Jayden", "Whitfield")).isEqualTo(NameKeys.name("Whitfield", "Jayden"));
        assertThat(NameKeys.phonetic("Jaden", "Whitfeild")).isEqualTo(NameKeys.phonetic("Jayden", "Whitfield"));
        assertThat(NameKeys.name("Zoë", "O'Brien-Smith")).isEqualTo("obrien smith zoe");
        assertThat(NameKeys.postcode("em1 4ab")).isEqualTo("EM14AB");
        assertThat(NameKeys.district("EM14AB")).isEqualTo("EM1");
    }

    @Test
    void aSpellingVariantWithTheSameBirthdayAndPostcodeScoresHigh() {
        MatchScore score = MatchScore.of("Jaden", "Whitfeild", BORN, "EM14AB",
                new Candidate(null, "Jayden", "Whitfield", BORN, "EM14AB", 0.45, true));
        assertThat(score.score()).isGreaterThanOrEqualTo(0.85);
        assertThat(score.reasons()).contains("same date of birth", "same postcode")
                .anyMatch(reason -> reason.startsWith("names sound alike"));
    }

    @Test
    void swappedNamesWithoutADateOfBirthStillMatch() {
        MatchScore score = MatchScore.of("Whitfield", "Jayden", null, "EM14AB",
                new Candidate(null, "Jayden", "Whitfield", BORN, "EM14AB", 1.0, true));
        assertThat(score.score()).isGreaterThanOrEqualTo(0.5);
        assertThat(score.reasons()).contains("same name with first and last names swapped", "date of birth missing");
    }

    @Test
    void aSiblingAtTheSameAddressDoesNot() {
        MatchScore score = MatchScore.of("Kayla", "Whitfield", LocalDate.of(2015, 1, 9), "EM14AB",
                new Candidate(null, "Jayden", "Whitfield", BORN, "EM14AB", 0.5, false));
        assertThat(score.score()).isLessThan(0.5);
        assertThat(score.reasons()).contains("different date of birth");
    }
}
