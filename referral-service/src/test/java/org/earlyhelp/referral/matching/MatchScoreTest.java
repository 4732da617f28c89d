package org.earlyhelp.referral.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.earlyhelp.referral.referral.BirthDate;
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
        MatchScore score = MatchScore.of(new Sought("Jaden", "Whitfeild", BirthDate.on(BORN), "EM14AB"),
                new Candidate(null, "Jayden", "Whitfield", BirthDate.on(BORN), "EM14AB", 0.45, true));
        assertThat(score.score()).isGreaterThanOrEqualTo(0.85);
        assertThat(score.reasons()).contains("same date of birth", "same postcode")
                .anyMatch(reason -> reason.startsWith("names sound alike"));
    }

    @Test
    void swappedNamesWithoutADateOfBirthStillMatch() {
        MatchScore score = MatchScore.of(new Sought("Whitfield", "Jayden", BirthDate.on(null), "EM14AB"),
                new Candidate(null, "Jayden", "Whitfield", BirthDate.on(BORN), "EM14AB", 1.0, true));
        assertThat(score.score()).isGreaterThanOrEqualTo(0.5);
        assertThat(score.reasons()).contains("same name with first and last names swapped", "date of birth missing");
    }

    @Test
    void aSiblingAtTheSameAddressDoesNot() {
        MatchScore score = MatchScore.of(new Sought("Kayla", "Whitfield", BirthDate.on(LocalDate.of(2015, 1, 9)), "EM14AB"),
                new Candidate(null, "Jayden", "Whitfield", BirthDate.on(BORN), "EM14AB", 0.5, false));
        assertThat(score.score()).isLessThan(0.5);
        assertThat(score.reasons()).contains("different date of birth");
    }

    @Test
    void aDayAndMonthSwapIsAStrongMatchWithItsOwnReason() {
        MatchScore score = MatchScore.of(new Sought("Mia", "Nolan", BirthDate.on(LocalDate.of(2016, 9, 3)), "EM14AB"),
                new Candidate(null, "Mia", "Nolan", BirthDate.on(LocalDate.of(2016, 3, 9)), "EM14AB", 1.0, true));
        assertThat(score.strong()).isTrue();
        assertThat(score.reasons()).contains("date of birth with day and month swapped");
        assertThat(BirthDate.on(LocalDate.of(2016, 9, 13)).swapped()).isNull();
        assertThat(BirthDate.on(LocalDate.of(2016, 4, 4)).swapped()).isNull();
    }

    @Test
    void nicknamesIrishSpellingsAndTransliteratedLettersAreTheSameName() {
        String[][] pairs = { { "Alexander", "Sasha" }, { "William", "Bill" }, { "Margaret", "Peggy" }, { "Oluwaseun", "Seun" },
                { "Małgorzata", "Gosia" }, { "Siobhan", "Shivaun" }, { "Niamh", "Neeve" }, { "Caoimhe", "Keeva" } };
        for (String[] pair : pairs) {
            MatchScore score = MatchScore.of(new Sought(pair[1], "Kowalczyk", BirthDate.on(BORN), "EM14AB"),
                    new Candidate(null, pair[0], "Kowalczyk", BirthDate.on(BORN), "EM14AB", 0.4, false));
            assertThat(score.strong()).as(pair[0] + "/" + pair[1]).isTrue();
            assertThat(score.reasons()).as(pair[0] + "/" + pair[1]).anyMatch(reason -> reason.startsWith("known variant of the first name"));
        }
        assertThat(NameKeys.name("Małgorzata", "Łukasiewicz")).isEqualTo(NameKeys.name("Malgorzata", "Lukasiewicz"));
        assertThat(NameKeys.phonetic("Małgorzata", "Łukasiewicz")).isEqualTo(NameKeys.phonetic("Malgorzata", "Lukasiewicz"));
    }

    @Test
    void twinsAreNeverAStrongMatch() {
        MatchScore score = MatchScore.of(new Sought("Ella", "Whitfield", BirthDate.on(BORN), "EM14AB"),
                new Candidate(null, "Grace", "Whitfield", BirthDate.on(BORN), "EM14AB", 0.5, false));
        assertThat(score.strong()).isFalse();
        assertThat(score.reasons()).anyMatch(reason -> reason.contains("a twin?"));
    }

    @Test
    void anEstimatedOrMissingDateOfBirthIsWeakerEvidenceNotAnotherPerson() {
        Candidate known = new Candidate(null, "Mia", "Nolan", BirthDate.on(BORN), "EM14AB", 1.0, true);
        double exact = MatchScore.of(new Sought("Mia", "Nolan", BirthDate.on(BORN), "EM14AB"), known).score();
        MatchScore year = MatchScore.of(new Sought("Mia", "Nolan", BirthDate.inYear(2012), "EM14AB"), known);
        MatchScore age = MatchScore.of(new Sought("Mia", "Nolan", BirthDate.aged(7, LocalDate.of(2019, 11, 1)), "EM14AB"), known);
        MatchScore unknown = MatchScore.of(new Sought("Mia", "Nolan", BirthDate.unknown(), "EM14AB"), known);
        MatchScore wrongAge = MatchScore.of(new Sought("Mia", "Nolan", BirthDate.aged(3, LocalDate.of(2019, 11, 1)), "EM14AB"), known);
        assertThat(year.reasons()).contains("date of birth fits the year of birth");
        assertThat(age.reasons()).contains("date of birth fits the approximate age");
        assertThat(unknown.reasons()).contains("date of birth missing");
        assertThat(List.of(year.score(), age.score(), unknown.score())).allMatch(score -> score < exact && score >= 0.5);
        assertThat(wrongAge.score()).isLessThan(unknown.score()).isGreaterThan(MatchScore.of(new Sought("Mia", "Nolan",
                BirthDate.on(BORN.plusYears(4)), "EM14AB"), known).score());
    }
}
