package org.earlyhelp.web.security;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.web.WebConfig;

import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The headers every response carries. The Content-Security-Policy allows scripts and styles from this origin only
 * (no inline code anywhere: GOV.UK Frontend's body-class snippet lives in /static/init.js); forms may post here or,
 * once a session has expired, be redirected to Keycloak's sign-in.
 */
@ApplicationScoped
class SecurityHeaders {

    private final String policy;
    private final boolean https;

    SecurityHeaders(WebConfig config) {
        String keycloak = config.keycloakUrl().getScheme() + "://" + config.keycloakUrl().getAuthority();
        this.policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self' "
                + keycloak;
        this.https = config.https();
    }

    void mount(@Observes Router router) {
        router.route().order(-200).handler(this::headers);
        router.route("/assets/*").order(-190).handler(this::govukAssets);
    }

    void headers(RoutingContext context) {
        var headers = context.response().headers();
        headers.set("Content-Security-Policy", policy);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "same-origin");
        headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        if (https) {
            headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        String path = context.normalizedPath();
        if (!path.startsWith("/webjars/") && !path.startsWith("/static/") && !path.startsWith("/assets/")) {
            // Pages may hold a family's details: never kept by a shared computer's browser or a proxy.
            headers.set("Cache-Control", "no-store");
        }
        context.next();
    }

    /** GOV.UK Frontend's stylesheet asks for its fonts and images at /assets/: they are in the webjar. */
    void govukAssets(RoutingContext context) {
        String path = context.normalizedPath();
        if (path.startsWith("/assets/") && !path.contains("..")) {
            context.reroute("/webjars/govuk-frontend/dist/govuk" + path);
            return;
        }
        context.next();
    }
}
