package org.earlyhelp.platform.http;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * Refuses an overlong path and query with a 414 problem. The HTTP server's own line limit
 * ({@code quarkus.http.limits.max-initial-line-length}) is set well above this one, because what it
 * refuses never reaches the application and is answered with an empty body (decision 0026).
 */
@ApplicationScoped
class RequestLineLimit {

    private final int limit;
    private final ObjectMapper json;

    RequestLineLimit(@ConfigProperty(name = "earlyhelp.http.max-uri-length", defaultValue = "8192") int limit, ObjectMapper json) {
        this.limit = limit;
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(context -> {
            if (context.request().uri().length() > limit) {
                HttpProblems.send(context, json, Problem.of(ProblemKind.URI_TOO_LONG,
                        "The path and query are longer than the " + limit + " characters this API accepts; send large"
                                + " selections in a body, or page"),
                        Map.of("Connection", "close"));
                return;
            }
            context.next();
        }, RequestIdFilter.PRIORITY - 1);
    }
}
