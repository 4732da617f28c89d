package org.earlyhelp.cases.casefile;

import java.time.Period;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How cases are numbered and reviewed. */
@ConfigMapping(prefix = "earlyhelp.cases")
public interface CaseConfig {

    /** Case references read {@code <prefix>-<year>-<number>}, e.g. {@code EH-2026-000042}. */
    @WithDefault("EH")
    String referencePrefix();

    /** Reviews are due about every 6 to 8 weeks: the first one falls due this long after opening (or reopening). */
    @WithDefault("P6W")
    Period firstReviewAfter();

    /** Dates (due dates, review dates, "overdue") are days in this zone. */
    @WithDefault("Europe/London")
    ZoneId zone();
}
