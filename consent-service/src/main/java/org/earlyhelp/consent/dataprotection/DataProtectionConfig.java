package org.earlyhelp.consent.dataprotection;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the other services answer a data protection officer, by context name, and how long each may take. */
@ConfigMapping(prefix = "earlyhelp.data-protection")
interface DataProtectionConfig {

    /** Each other context's base URL, e.g. {@code referral=http://referral-service:8082}. */
    Map<String, URI> contexts();

    /** Connect and read timeout of one answer (a person's holdings can be large). */
    @WithDefault("10s")
    Duration timeout();
}
