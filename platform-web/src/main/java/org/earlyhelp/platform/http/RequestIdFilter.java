package org.earlyhelp.platform.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * Runs before authentication and routing, so every response, including a 401 or an unknown
 * route, carries the request id; puts it in the MDC for the rest of the request.
 */
@ApplicationScoped
public class RequestIdFilter {

    /** Above Quarkus' security handlers, which run as filters too. */
    public static final int PRIORITY = 10_000;

    void register(@Observes Filters filters) {
        filters.register(context -> {
            identify(context);
            context.next();
        }, PRIORITY);
    }

    /** Gives the request its id (the caller's, if well formed), in the context, the MDC and the answer's header. */
    static void identify(RoutingContext context) {
        String id = RequestIds.accept(context.request().getHeader(RequestIds.HEADER));
        context.put(RequestIds.MDC_KEY, id);
        MDC.put(RequestIds.MDC_KEY, id);
        MDC.put(RequestIds.PATH_KEY, context.request().path());
        context.response().putHeader(RequestIds.HEADER, id);
        context.addEndHandler(done -> {
            MDC.remove(RequestIds.MDC_KEY);
            MDC.remove(RequestIds.PATH_KEY);
        });
    }
}
