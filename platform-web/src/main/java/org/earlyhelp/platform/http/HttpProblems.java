package org.earlyhelp.platform.http;

import java.util.Map;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.RoutingContext;

/** Writes a problem response straight on the HTTP layer, for errors that never reach a resource. */
public final class HttpProblems {

    private static final Logger LOG = Logger.getLogger(HttpProblems.class);

    private HttpProblems() {
    }

    public static void send(RoutingContext context, ObjectMapper json, int status, String detail) {
        send(context, json, status, detail, Map.of());
    }

    public static void send(RoutingContext context, ObjectMapper json, int status, String detail, Map<String, String> headers) {
        if (context.response().headWritten()) {
            context.response().close();
            return;
        }
        Problem problem = new Problem(ProblemTypes.forStatus(status), ProblemTypes.title(status), status, detail,
                context.request().path(), context.get(RequestIds.MDC_KEY), null);
        var response = context.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE);
        if (status == 401) {
            response.putHeader("WWW-Authenticate", "Bearer");
        }
        headers.forEach(response::putHeader);
        try {
            response.end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            LOG.error("Could not write a problem response", e);
            response.end();
        }
    }
}
