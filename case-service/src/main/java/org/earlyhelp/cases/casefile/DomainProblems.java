package org.earlyhelp.cases.casefile;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.earlyhelp.platform.http.Problem;
import org.earlyhelp.platform.http.ProblemTypes;
import org.earlyhelp.platform.http.RequestIds;
import org.earlyhelp.platform.web.Problems;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Domain refusals as HTTP: a change the case's state does not allow is a conflict with that state;
 * a field naming something it may not is a field-level validation problem.
 */
class DomainProblems {

    @ServerExceptionMapper
    Response illegalTransition(IllegalTransition e) {
        return Problems.response(409, e.getMessage());
    }

    @ServerExceptionMapper
    Response invalidField(InvalidField e, UriInfo uri) {
        Problem problem = new Problem(ProblemTypes.VALIDATION, ProblemTypes.title(400), 400, "The request has invalid fields",
                "/" + uri.getPath().replaceFirst("^/", ""), RequestIds.current(),
                List.of(new Problem.Violation(e.field(), e.getMessage())));
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
