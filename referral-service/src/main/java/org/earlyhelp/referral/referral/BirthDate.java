package org.earlyhelp.referral.referral;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * What a referrer knows of a person's date of birth: the date, only the year, an approximate age, or nothing. Kept
 * as the earliest and latest day the person can have been born, so "about 7" and "born 2018" compare with a date
 * as a range rather than as a different person.
 *
 * @param exact the date of birth when the referrer knows it (then {@code earliest} and {@code latest} are that day)
 */
public record BirthDate(LocalDate exact, LocalDate earliest, LocalDate latest) {

    /** How two birth dates agree, strongest first. */
    public enum Agreement {
        /** Both known, the same day. */
        SAME_DAY,
        /** Both known, the same year, day and month exchanged (03/09 against 09/03): the commonest way a date is miswritten. */
        DAY_AND_MONTH_SWAPPED,
        /** At least one is a year or an age, and the ranges meet. */
        WITHIN_ESTIMATE,
        /** At least one is not known at all. */
        UNKNOWN,
        /** At least one is a year or an age, and the ranges do not meet. */
        OUTSIDE_ESTIMATE,
        /** Both known, different days. */
        DIFFERENT
    }

    /**
     * An approximate age is taken to be a year off either way: "about 7" on 2026-12-06 is born between 2017-12-07
     * and 2020-12-06.
     */
    static final int AGE_SLACK_YEARS = 1;

    public static BirthDate unknown() {
        return new BirthDate(null, null, null);
    }

    public static BirthDate on(LocalDate date) {
        return date == null ? unknown() : new BirthDate(date, date, date);
    }

    public static BirthDate inYear(int year) {
        return new BirthDate(null, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Someone said to be about {@code years} old on {@code today}. */
    public static BirthDate aged(int years, LocalDate today) {
        LocalDate latest = today.minusYears(Math.max(0, years - AGE_SLACK_YEARS));
        LocalDate earliest = today.minusYears(years + 1 + AGE_SLACK_YEARS).plusDays(1);
        return new BirthDate(null, earliest, latest);
    }

    /** Stored form: an exact date, or a range, or neither. */
    public static BirthDate of(LocalDate exact, LocalDate earliest, LocalDate latest) {
        return exact != null ? on(exact) : new BirthDate(null, earliest, latest);
    }

    public boolean known() {
        return earliest != null;
    }

    /** Only the year is known. */
    public boolean yearOnly() {
        return exact == null && earliest != null && earliest.getDayOfYear() == 1 && latest.equals(earliest.withMonth(12).withDayOfMonth(31));
    }

    /** The same date with day and month exchanged, if that is another valid date (day 1–12, not equal to the month). */
    public LocalDate swapped() {
        if (exact == null || exact.getDayOfMonth() > 12 || exact.getDayOfMonth() == exact.getMonthValue()) {
            return null;
        }
        MonthDay exchanged = MonthDay.of(exact.getDayOfMonth(), exact.getMonthValue());
        return exchanged.isValidYear(exact.getYear()) ? exchanged.atYear(exact.getYear()) : null;
    }

    public Agreement against(BirthDate other) {
        if (!known() || other == null || !other.known()) {
            return Agreement.UNKNOWN;
        }
        if (exact != null && other.exact != null) {
            if (exact.equals(other.exact)) {
                return Agreement.SAME_DAY;
            }
            return other.exact.equals(swapped()) ? Agreement.DAY_AND_MONTH_SWAPPED : Agreement.DIFFERENT;
        }
        boolean meet = !earliest.isAfter(other.latest) && !other.earliest.isAfter(latest);
        return meet ? Agreement.WITHIN_ESTIMATE : Agreement.OUTSIDE_ESTIMATE;
    }
}
