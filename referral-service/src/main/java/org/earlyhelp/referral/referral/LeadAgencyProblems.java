package org.earlyhelp.referral.referral;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.earlyhelp.platform.http.Problem;
import org.earlyhelp.platform.http.ProblemKind;
import org.earlyhelp.platform.http.RequestIds;
import org.earlyhelp.platform.web.Problems;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A lead agency refused as HTTP: 422 when it cannot lead the case (or the case to join is not one it could join), 409
 * ({@code sharing-refused}) when consent-service denied it the referral, 409 ({@code open-case}) when a child on the
 * referral has an open case the hub did not say to join, 503 (retry later) when consent-service could not answer.
 */
class LeadAgencyProblems {

    @ServerExceptionMapper
    Response cannotLead(LeadAgencyRefused e, UriInfo uri) {
        return Problems.response(Problem.of(ProblemKind.UNPROCESSABLE, e.getMessage()).at(instance(uri), RequestIds.current()));
    }

    @ServerExceptionMapper
    Response cannotJoin(CaseToJoinRefused e, UriInfo uri) {
        return Problems.response(Problem.of(ProblemKind.UNPROCESSABLE, e.getMessage()).at(instance(uri), RequestIds.current()));
    }

    @ServerExceptionMapper
    Response openCase(ChildHasOpenCase e, UriInfo uri) {
        Problem problem = Problem.of(ProblemKind.OPEN_CASE, e.getMessage()).at(instance(uri), RequestIds.current());
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(OpenCaseProblem.of(problem, e.openCases())).build();
    }

    @ServerExceptionMapper
    Response refused(LeadSharingRefused e, UriInfo uri) {
        if (e.unavailable()) {
            return Response.fromResponse(Problems.response(Problem.of(ProblemKind.UNAVAILABLE, e.getMessage())))
                    .header("Retry-After", "30").build();
        }
        Problem problem = Problem.of(ProblemKind.SHARING_REFUSED, e.getMessage()).at(instance(uri), RequestIds.current());
        RefusalProblem refusal = RefusalProblem.of(problem, e.refusals().stream()
                .map(answer -> new RefusalProblem.Refusal(answer.personId(), answer.answer().reasons(), answer.answer().decisionId()))
                .toList());
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(refusal).build();
    }

    private static String instance(UriInfo uri) {
        return "/" + uri.getPath().replaceFirst("^/", "");
    }
}
