package org.earlyhelp.cases.team;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.earlyhelp.platform.http.Problem;
import org.earlyhelp.platform.http.RequestIds;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A refused share as HTTP: 409 when consent-service denied it, 503 (retry later) when it could not answer. */
class TeamProblems {

    @ServerExceptionMapper
    Response refused(SharingRefused e, UriInfo uri) {
        int status = e.unavailable() ? 503 : 409;
        Problem problem = Problem.of(status, e.getMessage()).at("/" + uri.getPath().replaceFirst("^/", ""), RequestIds.current());
        RefusalProblem refusal = RefusalProblem.of(problem, e.refusals().stream()
                .map(answer -> new RefusalProblem.Refusal(answer.personId(), answer.reasons(), answer.decisionId())).toList());
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE).entity(refusal);
        if (e.unavailable()) {
            response.header("Retry-After", "30");
        }
        return response.build();
    }
}
