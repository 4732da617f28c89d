package org.earlyhelp.consent.consent;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "earlyhelp.consent.expiry")
interface ExpiryConfig {

    /**
     * How often lapsed consents are marked expired and announced. Decisions never wait for it:
     * they treat a consent whose period has ended as expired from that moment.
     */
    @WithDefault("1m")
    Duration interval();

    /** Consents expired per transaction. */
    @WithDefault("100")
    int batchSize();
}
