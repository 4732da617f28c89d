package org.earlyhelp.referral.restriction;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.earlyhelp.platform.http.Problem;
import org.earlyhelp.platform.http.ProblemKind;
import org.earlyhelp.platform.http.RequestIds;
import org.earlyhelp.platform.web.Problems;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A restricted person's record as HTTP: 409 {@code processing-restricted}. */
class RestrictionProblems {

    @ServerExceptionMapper
    Response restricted(ProcessingRestricted e, UriInfo uri) {
        return Problems.response(Problem.of(ProblemKind.PROCESSING_RESTRICTED, e.getMessage())
                .at("/" + uri.getPath().replaceFirst("^/", ""), RequestIds.current()));
    }
}
