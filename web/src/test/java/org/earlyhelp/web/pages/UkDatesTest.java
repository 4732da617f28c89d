package org.earlyhelp.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UkDatesTest {

    @Test
    void datesAreShownAsPeopleInTheUkWriteThemInUkTime() {
        assertThat(UkDates.ukDate("2027-03-27")).isEqualTo("27 March 2027");
        assertThat(UkDates.ukDateTime("2026-07-01T13:30:00Z")).isEqualTo("1 July 2026 at 2:30pm");
        assertThat(UkDates.ukDateTime("2026-12-01T13:30:00Z")).isEqualTo("1 December 2026 at 1:30pm");
    }

    @Test
    void aDateTypedInThreeFieldsMustExist() {
        assertThat(UkDates.fromParts("29", "2", "2028")).isPresent();
        assertThat(UkDates.fromParts("29", "2", "2027")).isEmpty();
        assertThat(UkDates.fromParts("", "2", "2027")).isEmpty();
    }
}
