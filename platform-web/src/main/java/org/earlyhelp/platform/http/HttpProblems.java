package org.earlyhelp.platform.http;

import java.util.Map;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.RoutingContext;

/** Sends a {@link Problem} straight on the HTTP layer, for errors that never reach a resource. */
public final class HttpProblems {

    private static final Logger LOG = Logger.getLogger(HttpProblems.class);

    private HttpProblems() {
    }

    public static void send(RoutingContext context, ObjectMapper json, Problem problem) {
        send(context, json, problem, Map.of());
    }

    public static void send(RoutingContext context, ObjectMapper json, Problem problem, Map<String, String> headers) {
        if (context.response().headWritten()) {
            context.response().close();
            return;
        }
        Problem located = problem.at(context.request().path(), context.get(RequestIds.MDC_KEY));
        var response = context.response().setStatusCode(located.status()).putHeader("Content-Type", Problem.MEDIA_TYPE);
        if (located.status() == 401) {
            response.putHeader("WWW-Authenticate", "Bearer");
        }
        headers.forEach(response::putHeader);
        try {
            response.end(json.writeValueAsString(located));
        } catch (JsonProcessingException e) {
            LOG.error("Could not write a problem response", e);
            response.end();
        }
    }
}
