package org.earlyhelp.platform.web;

import org.earlyhelp.platform.http.Problem;
import org.earlyhelp.platform.http.ProblemKind;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a request body that does not say what it is (no {@code Content-Type}) with a 415,
 * rather than guessing it is JSON: a client that forgot the header may well have sent
 * something else.
 */
class BodyMediaType {

    @ServerRequestFilter
    Response refuseUntypedBody(ContainerRequestContext request) {
        if (request.getMediaType() != null || !hasBody(request)) {
            return null;
        }
        return Problems.response(Problem.of(ProblemKind.UNSUPPORTED_MEDIA_TYPE,
                "Say what the body is: send Content-Type: application/json").at(request.getUriInfo().getPath(), null));
    }

    private static boolean hasBody(ContainerRequestContext request) {
        if (request.getHeaderString("Transfer-Encoding") != null) {
            return true;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        try {
            return length != null && Long.parseLong(length.trim()) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
