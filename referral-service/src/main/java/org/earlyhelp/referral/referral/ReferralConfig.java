package org.earlyhelp.referral.referral;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How the hub's decision deadline is counted. (Which hub screens a referral is not configured: the screeners whose token
 * areas include the referral's area, {@link ReferralVisibility#TRIAGE}.)
 */
@ConfigMapping(prefix = "earlyhelp.triage")
public interface ReferralConfig {

    /** Working days are counted in this zone. */
    @WithDefault("Europe/London")
    ZoneId zone();

    /** Bank holidays, which are not working days (optional; weekends never are). */
    Optional<List<LocalDate>> bankHolidays();
}
