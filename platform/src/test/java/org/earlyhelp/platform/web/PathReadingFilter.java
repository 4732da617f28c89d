package org.earlyhelp.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * A service's own filter that reads the decoded path before anything else of the service, as directory-service's
 * CORS filter does: {@code normalizedPath()} throws on {@code %zz}, so the platform's check of the target must come
 * first ({@link HttpLayerProblemsTest}).
 */
@ApplicationScoped
class PathReadingFilter {

    void register(@Observes Filters filters) {
        filters.register(context -> {
            context.normalizedPath();
            context.next();
        }, 20_000);
    }
}
