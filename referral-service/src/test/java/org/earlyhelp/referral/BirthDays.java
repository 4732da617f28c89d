package org.earlyhelp.referral;

import java.time.LocalDate;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dates of birth for one test's family, which no other test's child in this run has. The tests share one database, and
 * matching rightly takes two children with the same date of birth (or the same with day and month swapped) and names
 * that sound alike as strongly the same child: "Whitfieldqwerty" and "Whitfieldasdfgh" sound alike, for double
 * metaphone reads the first four sounds only. Two tests' children linked that way make one test's alert rest on the
 * other's referrals, and the test finds it under the other's child. So each date is handed out once, never the day
 * {@link Referrals#child} gives everyone, and only from the 13th to the 28th of a month, which read the other way round
 * are no date at all.
 */
final class BirthDays {

    private static final Random RANDOM = new Random();
    private static final Set<LocalDate> TAKEN = ConcurrentHashMap.newKeySet();

    static {
        TAKEN.add(LocalDate.parse(Referrals.DEFAULT_BIRTH_DATE));
    }

    private BirthDays() {
    }

    /** A day on which a child now {@code yearsOld} was born, and no other test's child. */
    static LocalDate unique(int yearsOld) {
        LocalDate latest = LocalDate.now().minusYears(yearsOld);
        for (int tries = 0; tries < 10_000; tries++) {
            LocalDate day = latest.minusDays(RANDOM.nextInt(365));
            if (day.getDayOfMonth() >= 13 && day.getDayOfMonth() <= 28 && TAKEN.add(day)) {
                return day;
            }
        }
        throw new IllegalStateException("Every day of birth at age " + yearsOld + " is taken");
    }

    /** {@link #unique} as the API writes it. */
    static String of(int yearsOld) {
        return unique(yearsOld).toString();
    }

    /** A unique day for a child aged 8 to 15, when the age does not matter. */
    static String any() {
        return of(8 + RANDOM.nextInt(8));
    }
}
