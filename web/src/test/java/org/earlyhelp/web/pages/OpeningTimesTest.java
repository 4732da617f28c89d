package org.earlyhelp.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpeningTimesTest {

    @Test
    void daysAndTimesAreSaidAsPeopleSayThem() {
        assertThat(OpeningTimes.days("MO,WE,FR")).isEqualTo("Monday, Wednesday and Friday");
        assertThat(OpeningTimes.days("SA")).isEqualTo("Saturday");
        assertThat(OpeningTimes.clock("09:30:00")).isEqualTo("9:30am");
        assertThat(OpeningTimes.clock("12:00")).isEqualTo("12pm");
        assertThat(OpeningTimes.clock("17:00:00")).isEqualTo("5pm");
        assertThat(OpeningTimes.clock("soon")).isEqualTo("soon");
    }

    @Test
    void amountsAreInPounds() {
        assertThat(Labels.pounds(2.5)).isEqualTo("£2.50");
        assertThat(Labels.pounds(5L)).isEqualTo("£5");
        assertThat(Labels.pounds("5.00")).isEqualTo("£5");
    }
}
