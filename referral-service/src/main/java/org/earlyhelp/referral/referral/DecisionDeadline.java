package org.earlyhelp.referral.referral;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The local authority decides within 1 working day (DOMAIN.md): by the end of the first working
 * day after the day the referral arrives. A referral on Friday, Saturday or Sunday is due by the
 * end of Monday; bank holidays (configured) are skipped like weekends.
 */
@ApplicationScoped
public class DecisionDeadline {

    private final ZoneId zone;
    private final Set<LocalDate> bankHolidays;

    @Inject
    DecisionDeadline(ReferralConfig config) {
        this(config.zone(), config.bankHolidays().orElse(List.of()));
    }

    DecisionDeadline(ZoneId zone, List<LocalDate> bankHolidays) {
        this.zone = zone;
        this.bankHolidays = Set.copyOf(bankHolidays);
    }

    public Instant dueBy(Instant received) {
        LocalDate day = received.atZone(zone).toLocalDate().plusDays(1);
        while (!workingDay(day)) {
            day = day.plusDays(1);
        }
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private boolean workingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !bankHolidays.contains(day);
    }
}
