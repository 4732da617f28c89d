package org.earlyhelp.referral.information;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.earlyhelp.referral.referral.ReferralConfig;

/**
 * The 1-working-day decision clock stopped while the hub waits for the referrer (decision 0063). Working time is the time
 * on working days, counted in the triage zone as {@code DecisionDeadline} counts them (weekends and configured bank
 * holidays are not working days): what was left of it when the hub asked is added again from the answer, skipping the
 * days that are not working days.
 */
@ApplicationScoped
public class PausedClock {

    private final ZoneId zone;
    private final Set<LocalDate> bankHolidays;

    @Inject
    PausedClock(ReferralConfig config) {
        this(config.zone(), config.bankHolidays().orElse(List.of()));
    }

    PausedClock(ZoneId zone, List<LocalDate> bankHolidays) {
        this.zone = zone;
        this.bankHolidays = Set.copyOf(bankHolidays);
    }

    /** The working time from {@code pausedAt} to {@code due}; none once the deadline has passed. */
    public Duration remaining(Instant pausedAt, Instant due) {
        Duration remaining = Duration.ZERO;
        Instant from = pausedAt;
        while (from.isBefore(due)) {
            LocalDate day = from.atZone(zone).toLocalDate();
            Instant endOfDay = day.plusDays(1).atStartOfDay(zone).toInstant();
            Instant to = endOfDay.isBefore(due) ? endOfDay : due;
            if (workingDay(day)) {
                remaining = remaining.plus(Duration.between(from, to));
            }
            from = to;
        }
        return remaining;
    }

    /** The new deadline: {@code remaining} working time counted from {@code resumedAt}. */
    public Instant resumedDue(Instant resumedAt, Duration remaining) {
        Instant from = resumedAt;
        Duration left = remaining;
        while (!left.isZero() && !left.isNegative()) {
            LocalDate day = from.atZone(zone).toLocalDate();
            Instant endOfDay = day.plusDays(1).atStartOfDay(zone).toInstant();
            if (workingDay(day)) {
                Duration available = Duration.between(from, endOfDay);
                if (left.compareTo(available) <= 0) {
                    return from.plus(left);
                }
                left = left.minus(available);
            }
            from = endOfDay;
        }
        return from;
    }

    /** Today in the triage zone: a due date is a date there. */
    public LocalDate today(Instant now) {
        return now.atZone(zone).toLocalDate();
    }

    private boolean workingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !bankHolidays.contains(day);
    }
}
