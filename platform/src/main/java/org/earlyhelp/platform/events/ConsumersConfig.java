package org.earlyhelp.platform.events;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

@ConfigMapping(prefix = "earlyhelp.consumers")
interface ConsumersConfig {

    /**
     * Whether this process runs its feed consumers. When not set: yes, except in tests, where a
     * test that wants them running calls {@link FeedFollower#start()}.
     */
    Optional<Boolean> enabled();

    /** How often a caught-up consumer asks its feed for new events. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Events asked for per feed request. */
    @WithDefault("100")
    int pageSize();

    /** Connect and read timeout of one feed request. */
    @WithDefault("10s")
    Duration timeout();

    Backoff backoff();

    /** Settings of each consumer, by {@link FeedConsumer#name()}: {@code earlyhelp.consumers.<name>.feed-url}. */
    @WithParentName
    Map<String, Consumer> consumer();

    interface Backoff {

        /** Wait after the first failure; it doubles with each further failure in a row. */
        @WithDefault("1s")
        Duration initial();

        /** The longest wait between two attempts. */
        @WithDefault("1m")
        Duration max();

        /** How long a consumer may keep failing before each failure is logged as a warning rather than info. */
        @WithDefault("2m")
        Duration warnAfter();
    }

    interface Consumer {

        /** The feed to follow, e.g. {@code http://producer:8080/api/events/producer}. */
        Optional<URI> feedUrl();

        /** Turns one consumer off without a release. */
        @WithDefault("true")
        boolean enabled();
    }
}
