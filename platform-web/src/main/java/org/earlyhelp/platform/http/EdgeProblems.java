package org.earlyhelp.platform.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem responses for errors raised before a request reaches a resource: authentication at
 * the HTTP layer (401/403) and the body size limit (413). Resource errors go through
 * {@link ProblemMappers}.
 */
@ApplicationScoped
class EdgeProblems {

    private final ObjectMapper json;

    EdgeProblems(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        Throwable failure = context.failure();
        int status;
        String detail;
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException
                || failure instanceof AuthenticationCompletionException) {
            status = 401;
            detail = "A valid bearer token is required";
        } else if (failure instanceof ForbiddenException) {
            status = 403;
            detail = "Your role does not allow this";
        } else if (failure == null && context.statusCode() == 413) {
            status = 413;
            detail = "The request body is larger than this service accepts";
        } else if (failure == null && context.statusCode() >= 400 && context.statusCode() < 500) {
            status = context.statusCode();
            detail = ProblemKind.of(status).title();
        } else {
            context.next();
            return;
        }
        HttpProblems.send(context, json, Problem.of(status, detail));
    }
}
