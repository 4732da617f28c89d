package org.earlyhelp.referral.information;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The decision clock paused for a question and resumed at the answer (decision 0063): the working time left at the pause
 * is added from the answer, weekends and bank holidays skipped. London time; Monday 5 May 2025 is a bank holiday, so
 * Friday 2 May is followed by Tuesday 6 May (BST, UTC+1).
 */
class PausedClockTest {

    private final PausedClock clock = new PausedClock(ZoneId.of("Europe/London"), List.of(LocalDate.of(2025, 5, 5)));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                                       | due before            | paused at             | remaining | answered at           | due after
            asked Friday 15:00, due end of Friday, answered Tuesday 10:00 | 2025-05-02T23:00:00Z | 2025-05-02T14:00:00Z | PT9H      | 2025-05-06T09:00:00Z | 2025-05-06T18:00:00Z
            the same, answered on Saturday: Monday is a bank holiday     | 2025-05-02T23:00:00Z | 2025-05-02T14:00:00Z | PT9H      | 2025-05-03T09:00:00Z | 2025-05-06T08:00:00Z
            asked Friday 15:00, due end of Tuesday, answered Tuesday 10:00 | 2025-05-06T23:00:00Z | 2025-05-02T14:00:00Z | PT33H   | 2025-05-06T09:00:00Z | 2025-05-07T18:00:00Z
            asked and answered over the weekend: the deadline stays      | 2025-05-06T23:00:00Z | 2025-05-03T09:00:00Z | PT24H     | 2025-05-04T16:00:00Z | 2025-05-06T23:00:00Z
            answered two hours later on a Monday in March (GMT)           | 2025-03-05T00:00:00Z | 2025-03-03T10:00:00Z | PT38H     | 2025-03-03T12:00:00Z | 2025-03-05T02:00:00Z
            asked after the deadline: due again at the answer             | 2025-03-05T00:00:00Z | 2025-03-05T09:00:00Z | PT0S      | 2025-03-06T10:00:00Z | 2025-03-06T10:00:00Z
            left to the very end of a working day                         | 2025-03-05T00:00:00Z | 2025-03-04T00:00:00Z | PT24H     | 2025-03-07T00:00:00Z | 2025-03-08T00:00:00Z
            """)
    void theWorkingTimeLeftAtThePauseIsAddedFromTheAnswer(String name, Instant dueBefore, Instant pausedAt, Duration remaining,
            Instant answeredAt, Instant dueAfter) {
        assertThat(clock.remaining(pausedAt, dueBefore)).isEqualTo(remaining);
        assertThat(clock.resumedDue(answeredAt, remaining)).isEqualTo(dueAfter);
    }
}
