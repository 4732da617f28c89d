package org.earlyhelp.referral.onward;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How onward referrals waiting for consent are looked after without the hub. */
@ConfigMapping(prefix = "earlyhelp.onward")
interface OnwardConfig {

    /** How long an onward referral may wait for consent before it is closed as {@code consent-not-given}. */
    @WithDefault("P14D")
    Duration consentWait();

    /**
     * How often waiting onward referrals are looked at: asked about again after a consent changed, closed once they
     * waited too long. Read by the scheduler as {@code earlyhelp.onward.recheck-interval} (its default is repeated there).
     */
    @WithDefault("10s")
    Duration recheckInterval();
}
