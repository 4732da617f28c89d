package org.earlyhelp.platform.web;

import org.earlyhelp.platform.http.Problem;
import org.earlyhelp.platform.http.ProblemTypes;
import org.earlyhelp.platform.http.RequestIds;

import java.util.List;

import jakarta.ws.rs.core.Response;

/** Builds problem responses; the one place that decides how an error looks on the wire. */
public final class Problems {

    private Problems() {
    }

    public static Response response(int status, String detail) {
        return response(problem(status, detail, null), null);
    }

    static Problem problem(int status, String detail, List<Problem.Violation> violations) {
        return problem(ProblemTypes.forStatus(status), status, detail, violations);
    }

    static Problem problem(java.net.URI type, int status, String detail, List<Problem.Violation> violations) {
        return new Problem(type, ProblemTypes.title(type, status), status, detail, null, RequestIds.current(), violations);
    }

    static Response response(Problem problem, String instance) {
        String at = instance != null ? instance : RequestIds.currentPath();
        Problem withInstance = at == null ? problem
                : new Problem(problem.type(), problem.title(), problem.status(), problem.detail(), at,
                        problem.requestId(), problem.violations());
        Response.ResponseBuilder builder = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(withInstance);
        if (problem.status() == 401) {
            builder.header("WWW-Authenticate", "Bearer");
        }
        return builder.build();
    }
}
