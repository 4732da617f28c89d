package org.earlyhelp.gateway;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.earlyhelp.platform.http.HttpProblems;
import org.earlyhelp.platform.http.ProblemKind;
import org.earlyhelp.platform.http.Problem;
import org.earlyhelp.platform.http.RequestIds;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The gateway's request pipeline for every routed path: access log and metrics, CORS, token
 * required unless the path is public (401 before any backend is touched), rate limit, then the
 * proxy. Token validation itself is quarkus-oidc's, which has already run by then.
 */
@ApplicationScoped
class Edge {

    private static final Logger ACCESS = Logger.getLogger("org.earlyhelp.gateway.access");
    private static final int CLIENT_CLOSED_REQUEST = 499;

    private final RouteTable routes;
    private final Cors cors;
    private final RateLimits rateLimits;
    private final Proxy proxy;
    private final ObjectMapper json;
    private final MeterRegistry metrics;
    /** One timer per route, method and status, registered once (a registry lookup per request showed in profiles). */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    Edge(RouteTable routes, Cors cors, RateLimits rateLimits, Proxy proxy, ObjectMapper json, MeterRegistry metrics) {
        this.routes = routes;
        this.cors = cors;
        this.rateLimits = rateLimits;
        this.proxy = proxy;
        this.json = json;
        this.metrics = metrics;
    }

    void mount(@Observes Router router) {
        for (RouteTable.Route route : routes.all()) {
            router.route(route.prefix()).handler(context -> handle(context, route));
            if (route.isRoot()) {
                continue; // the home page only: paths the gateway routes nowhere stay a 404 problem
            }
            String below = route.prefix().endsWith("/") ? route.prefix() + "*" : route.prefix() + "/*";
            router.route(below).handler(context -> handle(context, route));
        }
    }

    private void handle(RoutingContext context, RouteTable.Route matched) {
        // Vert.x matches the most recently mounted of overlapping routes; the table knows the longest prefix.
        RouteTable.Route route = routes.find(context.normalizedPath()).orElse(matched);
        long started = System.nanoTime();
        SecurityIdentity identity = context.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        boolean signedIn = identity != null && !identity.isAnonymous();
        String client = signedIn ? identity.getPrincipal().getName() : "ip:" + clientAddress(context);
        context.addEndHandler(done -> record(context, route, client, started, done.succeeded()));

        if (cors.apply(context, route.isPublic())) {
            return;
        }
        if (!route.isPublic() && !signedIn) {
            HttpProblems.send(context, json, Problem.of(ProblemKind.UNAUTHORIZED, "A valid bearer token is required"));
            return;
        }
        RateLimits.Taken taken = rateLimits.take(route, client);
        context.response().putHeader("RateLimit-Policy", taken.policyHeader()).putHeader("RateLimit", taken.rateLimitHeader());
        if (taken.retryAfter().isPresent()) {
            HttpProblems.send(context, json,
                    Problem.of(ProblemKind.TOO_MANY_REQUESTS, "Too many requests; slow down and retry after the given seconds"),
                    Map.of("Retry-After", Long.toString(taken.retryAfter().getAsLong())));
            return;
        }
        proxy.forward(context, route);
    }

    private static String clientAddress(RoutingContext context) {
        return context.request().remoteAddress() == null ? "unknown" : context.request().remoteAddress().host();
    }

    /**
     * One access log line per request, and per-route counts and latency; never the token. A caller that closed its
     * connection before its answer was complete is recorded as 499 (the status nginx logs for it), not as the 200 the
     * response had by default.
     */
    private void record(RoutingContext context, RouteTable.Route route, String client, long started, boolean answered) {
        long nanos = System.nanoTime() - started;
        int status = answered ? context.response().getStatusCode() : CLIENT_CLOSED_REQUEST;
        String method = context.request().method().name();
        timers.computeIfAbsent(route.backend() + ' ' + method + ' ' + status, key -> Timer.builder("gateway.requests")
                .description("Requests through the gateway by route")
                .tag("route", route.backend())
                .tag("method", method)
                .tag("status", Integer.toString(status))
                .publishPercentileHistogram()
                .register(metrics))
                .record(nanos, TimeUnit.NANOSECONDS);
        if (ACCESS.isInfoEnabled()) {
            // Concatenated, not printf-formatted: java.util.Formatter was most of this line's cost.
            long tenths = Math.round(nanos / 1e5);
            ACCESS.info(method + ' ' + context.normalizedPath() + " route=" + route.backend() + " status=" + status
                    + " duration_ms=" + tenths / 10 + '.' + tenths % 10 + " request_id=" + context.<String>get(RequestIds.MDC_KEY)
                    + " client=" + client);
        }
    }
}
