package org.earlyhelp.web;

import java.net.URI;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the web application finds the suite, and whether it is served over HTTPS. */
@ConfigMapping(prefix = "earlyhelp.web")
public interface WebConfig {

    /** The gateway: the only way to the services' public APIs, e.g. {@code http://127.0.0.1:8080}. */
    URI gatewayUrl();

    /** Keycloak's public origin (sign-in pages), allowed as a form target in the Content-Security-Policy. */
    URI keycloakUrl();

    /** A session unused this long is gone (its tokens forgotten); the next page goes through Keycloak again. */
    @WithDefault("PT30M")
    java.time.Duration sessionIdle();

    /** Served over HTTPS (everywhere but a local run): HSTS on every response. */
    @WithDefault("false")
    boolean https();
}
