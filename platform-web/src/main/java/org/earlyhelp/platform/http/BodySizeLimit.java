package org.earlyhelp.platform.http;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * Refuses a body that announces more than {@code quarkus.http.limits.max-body-size} with a 413
 * problem before reading it. (Quarkus enforces the same limit on the bytes actually read, but
 * answers that with an empty 413.)
 */
@ApplicationScoped
class BodySizeLimit {

    private final long limit;
    private final ObjectMapper json;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit, ObjectMapper json) {
        this.limit = limit.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String length = context.request().getHeader("Content-Length");
            if (length != null && tooLong(length)) {
                HttpProblems.send(context, json, Problem.of(ProblemKind.CONTENT_TOO_LARGE,
                        "The request body is larger than the " + limit + " bytes this service accepts"),
                        java.util.Map.of("Connection", "close"));
                return;
            }
            context.next();
        }, RequestIdFilter.PRIORITY - 1);
    }

    private boolean tooLong(String length) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // Vert.x rejects a malformed Content-Length itself
        }
    }
}
