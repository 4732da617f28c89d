package org.earlyhelp.gateway;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * CORS at the edge: the public directory may be called from any page; the API only from the
 * configured front ends. Preflights are answered here, before authentication.
 */
@ApplicationScoped
class Cors {

    private static final String ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
    private static final String ALLOWED_HEADERS = "Authorization, Content-Type, If-Match, If-None-Match, Idempotency-Key, X-Request-Id";
    private static final String EXPOSED_HEADERS = "ETag, Location, Retry-After, RateLimit, RateLimit-Policy, X-Request-Id, Idempotent-Replayed";

    private final Set<String> apiOrigins;

    Cors(GatewayConfig config) {
        this.apiOrigins = Set.copyOf(config.corsOrigins());
    }

    /** Adds CORS headers; returns true when the request was a preflight and has been answered. */
    boolean apply(RoutingContext context, boolean publicRoute) {
        String origin = context.request().getHeader("Origin");
        if (origin == null) {
            return false;
        }
        HttpServerResponse response = context.response();
        boolean allowed = publicRoute || apiOrigins.contains(origin);
        if (allowed) {
            response.putHeader("Access-Control-Allow-Origin", publicRoute ? "*" : origin);
            response.putHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
            if (!publicRoute) {
                response.putHeader("Vary", "Origin");
            }
        }
        boolean preflight = context.request().method() == HttpMethod.OPTIONS
                && context.request().getHeader("Access-Control-Request-Method") != null;
        if (preflight) {
            if (allowed) {
                response.putHeader("Access-Control-Allow-Methods", ALLOWED_METHODS)
                        .putHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS)
                        .putHeader("Access-Control-Max-Age", "600");
            }
            response.setStatusCode(allowed ? 204 : 403).end();
            return true;
        }
        return false;
    }
}
