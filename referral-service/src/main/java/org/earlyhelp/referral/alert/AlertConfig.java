package org.earlyhelp.referral.alert;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Cumulative concern: {@code referrals} referrals from {@code agencies} distinct agencies within {@code windowDays} days. */
@ConfigMapping(prefix = "earlyhelp.alerts")
interface AlertConfig {

    @WithDefault("3")
    int referrals();

    @WithDefault("2")
    int agencies();

    @WithDefault("90")
    int windowDays();
}
