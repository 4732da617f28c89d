package org.earlyhelp.platform.web;

import org.earlyhelp.platform.agency.AgencyRegisterProblems;
import org.earlyhelp.platform.agency.AgencyRegisterUnavailable;
import org.earlyhelp.platform.agency.Registered;
import org.earlyhelp.platform.http.Problem;
import org.earlyhelp.platform.http.ProblemKind;
import org.earlyhelp.platform.http.ProblemTypes;
import org.earlyhelp.platform.http.RequestIds;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every exception a resource lets escape into a problem response. Client mistakes keep
 * their 4xx; a database that cannot be reached is a 503 with {@code Retry-After}; anything else
 * unexpected is logged with its request id and answered with a generic 500 that reveals no stack
 * trace, SQL or class name.
 */
class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** A PostgreSQL restart takes a few seconds; sooner would mostly fail again. */
    private static final String RETRY_AFTER_SECONDS = "2";

    @ServerExceptionMapper
    Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformed(json, uri);
        }
        if (status == 404 && e.getCause() instanceof IllegalArgumentException) {
            // JAX-RS answers 404 when a path or query parameter does not convert; it is the caller's bad value.
            return Problems.response(Problems.problem(ProblemTypes.VALIDATION, 400,
                    "A path or query parameter has the wrong format", null), path(uri));
        }
        if (status >= 500) {
            LOG.errorf(e, "Request %s failed with %d", RequestIds.current(), status);
            return Problems.response(Problems.problem(status, "The service could not complete the request", null), path(uri));
        }
        Response response = Problems.response(Problems.problem(status, clientDetail(e, status), null), path(uri));
        // Keep headers a client needs to react: Allow on 405, Retry-After on 429/503, ETag on 412.
        Response.ResponseBuilder builder = Response.fromResponse(response);
        for (String header : List.of("Allow", "Retry-After", "ETag", "Location")) {
            Object value = e.getResponse().getHeaders().getFirst(header);
            if (value != null) {
                builder.header(header, value);
            }
        }
        return builder.build();
    }

    @ServerExceptionMapper
    Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return Problems.response(Problems.problem(401, "A valid bearer token is required", null), path(uri));
    }

    @ServerExceptionMapper
    Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return Problems.response(Problems.problem(401, "A valid bearer token is required", null), path(uri));
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.response(Problems.problem(403, "Your role does not allow this", null), path(uri));
    }

    @ServerExceptionMapper
    Response violations(ResteasyReactiveViolationException e, UriInfo uri) {
        return constraintViolations(e, uri);
    }

    @ServerExceptionMapper
    Response constraintViolations(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            if (isReturnValue(violation.getPropertyPath())) {
                return unexpected(e, uri);
            }
            violations.add(new Problem.Violation(field(violation.getPropertyPath()), violation.getMessage()));
        }
        violations.sort(java.util.Comparator.comparing(Problem.Violation::field));
        if (e.getConstraintViolations().stream().allMatch(ProblemMappers::unregistered)) {
            // Well formed, but naming a code no register holds: the request is understood and cannot be carried out.
            return Problems.response(Problems.problem(ProblemKind.UNPROCESSABLE.type(), 422,
                    "The request names a code that is not registered", violations), path(uri));
        }
        return Problems.response(Problems.problem(ProblemTypes.VALIDATION, 400, "The request has invalid fields", violations),
                path(uri));
    }

    private static boolean unregistered(ConstraintViolation<?> violation) {
        return violation.getConstraintDescriptor().getAnnotation() instanceof Registered;
    }

    @ServerExceptionMapper
    Response validation(ValidationException e, UriInfo uri) {
        if (e.getCause() instanceof AgencyRegisterUnavailable) {
            return AgencyRegisterProblems.unavailable(); // a register check that could not be made
        }
        return unexpected(e, uri); // a broken constraint definition, not a bad request
    }

    @ServerExceptionMapper
    Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return malformed(e, uri);
    }

    @ServerExceptionMapper
    Response jsonMapping(JsonMappingException e, UriInfo uri) {
        return malformed(e, uri);
    }

    @ServerExceptionMapper
    Response jsonParse(JsonParseException e, UriInfo uri) {
        return malformed(e, uri);
    }

    @ServerExceptionMapper
    Response jsonProcessing(JsonProcessingException e, UriInfo uri) {
        return malformed(e, uri);
    }

    @ServerExceptionMapper
    Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return Problems.response(Problems.problem(409, "Someone else changed this record meanwhile; reload and try again", null),
                path(uri));
    }

    @ServerExceptionMapper
    Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseUnavailable.causedBy(e)) {
            // Not a bug: a restart or failover of PostgreSQL. The client is told to retry; no stack trace needed.
            LOG.warnf("Request %s failed: the database is unavailable (%s)", RequestIds.current(), e.getMessage());
            return Response.fromResponse(Problems.response(Problems.problem(503,
                    "The service cannot reach its database just now; try again shortly. A creation retried with the"
                            + " same Idempotency-Key is done at most once.", null), path(uri)))
                    .header("Retry-After", RETRY_AFTER_SECONDS)
                    .build();
        }
        LOG.errorf(e, "Request %s failed unexpectedly", RequestIds.current());
        return Problems.response(Problems.problem(500,
                "Something went wrong on our side. Quote the request id if you contact support.", null), path(uri));
    }

    private Response malformed(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping ? jsonPath(mapping.getPath()) : null;
        List<Problem.Violation> violations = field == null || field.isEmpty() ? null
                : List.of(new Problem.Violation(field, "has the wrong type or format, or is not a known field"));
        String detail = e instanceof JsonParseException || field == null || field.isEmpty()
                ? "The request body is not valid JSON for this operation"
                : "The request body does not fit this operation at " + field;
        return Problems.response(Problems.problem(ProblemTypes.MALFORMED_JSON, 400, detail, violations), path(uri));
    }

    /** A fixed sentence per status for JAX-RS' own exceptions, whose messages are not meant for callers. */
    private static String clientDetail(WebApplicationException e, int status) {
        String message = e.getMessage();
        // JAX-RS' own messages name annotations (@Produces, @Consumes) and are not written for a partner's developer.
        boolean ours = message != null && !message.startsWith("HTTP ") && !message.contains("@")
                && !e.getClass().getName().startsWith("org.jboss") && status != 405 && status != 406 && status != 415;
        if (ours) {
            return message;
        }
        return switch (status) {
            case 404 -> "There is nothing here";
            case 405 -> "This path does not take this method; the Allow header lists the ones it takes";
            case 406 -> "This operation answers only in application/json; ask for that in Accept";
            case 415 -> "This operation takes a body only as application/json; send it with that Content-Type";
            default -> ProblemTypes.title(status);
        };
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** {@code create.body.children[0].name} → {@code children[0].name}: the method and parameter are not the caller's business. */
    private static String field(Path path) {
        StringBuilder field = new StringBuilder();
        String lastParameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                lastParameter = node.getName();
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                field.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() && lastParameter != null ? lastParameter : field.toString();
    }

    private static boolean isReturnValue(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }
}
