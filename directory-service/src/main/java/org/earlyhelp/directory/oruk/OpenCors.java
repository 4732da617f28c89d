package org.earlyhelp.directory.oruk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * CORS for the public ORUK API only: any web page may read the directory (no credentials are
 * involved). The admin API stays same-origin. Preflights are answered here, before security,
 * so a browser asking "may I send X-Request-Id?" gets a yes without a token.
 */
@ApplicationScoped
class OpenCors {

    private static final int PRIORITY = 20_000;

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String path = context.normalizedPath();
            if (!path.equals("/oruk") && !path.startsWith("/oruk/")) {
                context.next();
                return;
            }
            var response = context.response();
            response.putHeader("Access-Control-Allow-Origin", "*");
            response.putHeader("Access-Control-Expose-Headers", "X-Request-Id");
            if ("OPTIONS".equals(context.request().method().name())
                    && context.request().getHeader("Access-Control-Request-Method") != null) {
                response.putHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
                        .putHeader("Access-Control-Allow-Headers", "Accept, Content-Type, X-Request-Id")
                        .putHeader("Access-Control-Max-Age", "86400")
                        .setStatusCode(204).end();
                return;
            }
            context.next();
        }, PRIORITY);
    }
}
