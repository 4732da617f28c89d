package org.earlyhelp.cases.casefile;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.earlyhelp.platform.http.Problem;
import org.earlyhelp.platform.http.ProblemKind;
import org.earlyhelp.platform.web.Problems;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A field naming something it may not, as HTTP: a field-level validation problem. A change of a case naming a restricted
 * person: 409 {@code processing-restricted}.
 */
class DomainProblems {

    @ServerExceptionMapper
    Response invalidField(InvalidField e, UriInfo uri) {
        // Titled as a bare 400 has always been here; the kind's own title would change the answer.
        return Problems.response(Problem.of(ProblemKind.VALIDATION, "The request has invalid fields")
                .withTitle(ProblemKind.BAD_REQUEST.title())
                .withViolations(List.of(new Problem.Violation(e.field(), e.getMessage())))
                .at("/" + uri.getPath().replaceFirst("^/", ""), null));
    }

    @ServerExceptionMapper
    Response restricted(ProcessingRestricted e) {
        return Problems.response(Problem.of(ProblemKind.PROCESSING_RESTRICTED, e.getMessage()));
    }
}
