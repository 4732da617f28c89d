package org.earlyhelp.web.pages;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import io.quarkus.qute.TemplateExtension;

/** Dates as people in the UK write them ("5 December 2026", "5 December 2026 at 2:30pm"), in UK time. */
@TemplateExtension
public final class UkDates {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    private UkDates() {
    }

    /** {@code {referral.submittedAt.ukDateTime}}: an ISO instant or date from an API, in words; anything else as it is. */
    static String ukDateTime(Object value) {
        String iso = value == null ? "" : value.toString();
        if (iso == null || iso.isBlank()) {
            return "";
        }
        try {
            var at = Instant.parse(iso).atZone(LONDON);
            return DATE.format(at) + " at " + TIME.format(at).toLowerCase(Locale.UK);
        } catch (DateTimeException notAnInstant) {
            return ukDate(iso);
        }
    }

    /** {@code {child.dateOfBirth.ukDate}} */
    static String ukDate(Object value) {
        String iso = value == null ? "" : value.toString();
        if (iso == null || iso.isBlank()) {
            return "";
        }
        try {
            return DATE.format(LocalDate.parse(iso));
        } catch (DateTimeException notADate) {
            try {
                return DATE.format(Instant.parse(iso).atZone(LONDON));
            } catch (DateTimeException neither) {
                return iso;
            }
        }
    }

    /** A date typed into GOV.UK's three-field date input; empty if a part is missing or the date does not exist. */
    public static Optional<LocalDate> fromParts(String day, String month, String year) {
        try {
            int y = Integer.parseInt(year.trim());
            if (y < 1900 || y > 2200) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(y, Integer.parseInt(month.trim()), Integer.parseInt(day.trim())));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    public static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
