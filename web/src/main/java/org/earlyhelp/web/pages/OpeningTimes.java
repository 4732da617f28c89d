package org.earlyhelp.web.pages;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.quarkus.qute.TemplateExtension;

/** Opening times as people in the UK say them: "Monday and Wednesday, 9:30am to 12pm" rather than ORUK's codes. */
@TemplateExtension
public final class OpeningTimes {

    private static final Map<String, String> DAYS = Map.of("MO", "Monday", "TU", "Tuesday", "WE", "Wednesday", "TH", "Thursday",
            "FR", "Friday", "SA", "Saturday", "SU", "Sunday");

    private OpeningTimes() {
    }

    /** {@code {schedule.byday.days}}: {@code MO,WE} as "Monday and Wednesday"; anything else as it is. */
    static String days(Object byday) {
        String codes = byday == null ? "" : byday.toString();
        List<String> days = new ArrayList<>();
        for (String code : codes.split(",")) {
            if (!code.isBlank()) {
                days.add(DAYS.getOrDefault(code.trim(), code.trim()));
            }
        }
        if (days.size() < 2) {
            return String.join("", days);
        }
        return String.join(", ", days.subList(0, days.size() - 1)) + " and " + days.get(days.size() - 1);
    }

    /** {@code {schedule.opensAt.clock}}: {@code 09:30:00} as "9:30am", {@code 17:00} as "5pm"; anything else as it is. */
    static String clock(Object iso) {
        String value = iso == null ? "" : iso.toString();
        try {
            LocalTime time = LocalTime.parse(value);
            String hour = Integer.toString(time.getHour() % 12 == 0 ? 12 : time.getHour() % 12);
            String minutes = time.getMinute() == 0 ? "" : String.format(Locale.UK, ":%02d", time.getMinute());
            return hour + minutes + (time.getHour() < 12 ? "am" : "pm");
        } catch (DateTimeException notATime) {
            return value;
        }
    }
}
