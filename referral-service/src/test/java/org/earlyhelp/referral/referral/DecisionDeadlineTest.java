package org.earlyhelp.referral.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The hub decides within 1 working day: by the end of the next working day, weekends and bank holidays skipped. */
class DecisionDeadlineTest {

    private final DecisionDeadline deadline = new DecisionDeadline(ZoneId.of("Europe/London"), List.of(LocalDate.of(2025, 5, 5)));

    @Test
    void aMondayReferralIsDueByTheEndOfTuesday() {
        assertThat(deadline.dueBy(Instant.parse("2025-03-03T10:00:00Z"))).isEqualTo(Instant.parse("2025-03-05T00:00:00Z"));
    }

    @Test
    void aFridayOrWeekendReferralIsDueByTheEndOfMonday() {
        Instant endOfMonday = Instant.parse("2025-03-11T00:00:00Z");
        assertThat(deadline.dueBy(Instant.parse("2025-03-07T16:00:00Z"))).isEqualTo(endOfMonday);
        assertThat(deadline.dueBy(Instant.parse("2025-03-08T09:00:00Z"))).isEqualTo(endOfMonday);
        assertThat(deadline.dueBy(Instant.parse("2025-03-09T22:00:00Z"))).isEqualTo(endOfMonday);
    }

    @Test
    void aBankHolidayIsSkipped() {
        // Friday 2 May 2025, then the early May bank holiday on Monday 5 May: due by the end of Tuesday 6 May (BST).
        assertThat(deadline.dueBy(Instant.parse("2025-05-02T10:00:00Z"))).isEqualTo(Instant.parse("2025-05-06T23:00:00Z"));
    }
}
