package org.earlyhelp.consent.chronology;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the other services answer with their part of a person's story, by context name, and how long each may take. */
@ConfigMapping(prefix = "earlyhelp.chronology")
interface ChronologyConfig {

    /** Each other context's base URL, e.g. {@code referral=http://referral-service:8082}. */
    Map<String, URI> contexts();

    /** Connect and read timeout of one part. */
    @WithDefault("5s")
    Duration timeout();
}
