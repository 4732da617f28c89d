package org.earlyhelp.gateway;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;

/** The routing table: which backend owns which path prefixes. Paths are forwarded unchanged. */
@ConfigMapping(prefix = "earlyhelp.gateway")
interface GatewayConfig {

    Map<String, Backend> backends();

    interface Backend {
        /** Where the service listens, e.g. {@code http://127.0.0.1:8082}. */
        URI url();

        /** Path prefixes the service owns, e.g. {@code /api/referrals}. */
        List<String> paths();
    }
}
