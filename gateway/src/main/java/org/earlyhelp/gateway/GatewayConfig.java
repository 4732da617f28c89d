package org.earlyhelp.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The gateway's one configuration table: which backend owns which path prefixes (forwarded
 * unchanged), which prefixes are public, and the limits that apply to each.
 */
@ConfigMapping(prefix = "earlyhelp.gateway")
interface GatewayConfig {

    Map<String, Backend> backends();

    /** Prefixes served without a token (the public directory, API documents). Everything else needs one. */
    List<String> publicPaths();

    /** Origins allowed to call {@code /api/**} from a browser; the public paths allow any origin. */
    List<String> corsOrigins();

    /** Requests per client (token subject, or IP address without a token) unless a backend sets its own. */
    RateLimit rateLimit();

    interface Backend {
        /** Where the service listens, e.g. {@code http://127.0.0.1:8082}. */
        URI url();

        /** Path prefixes the service owns, e.g. {@code /api/referrals}. */
        List<String> paths();

        /** How long the backend may stay silent before the caller gets a 504. */
        @WithDefault("PT30S")
        Duration timeout();

        Optional<RateLimit> rateLimit();
    }

    interface RateLimit {
        @WithDefault("300")
        int requests();

        @WithDefault("PT1M")
        Duration period();
    }
}
