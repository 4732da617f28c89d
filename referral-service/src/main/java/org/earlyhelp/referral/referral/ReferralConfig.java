package org.earlyhelp.referral.referral;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Who the hub is and how its decision deadline is counted. */
@ConfigMapping(prefix = "earlyhelp.triage")
public interface ReferralConfig {

    /** The early help hub's agency code: it is told about every referral of its areas (event audience). */
    @WithDefault("northshire-early-help")
    String hubAgency();

    /** Working days are counted in this zone. */
    @WithDefault("Europe/London")
    ZoneId zone();

    /** Bank holidays, which are not working days (optional; weekends never are). */
    Optional<List<LocalDate>> bankHolidays();
}
