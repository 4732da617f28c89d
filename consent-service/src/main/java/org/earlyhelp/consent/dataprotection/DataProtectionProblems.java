package org.earlyhelp.consent.dataprotection;

import jakarta.ws.rs.core.Response;

import org.earlyhelp.platform.http.Problem;
import org.earlyhelp.platform.http.ProblemKind;
import org.earlyhelp.platform.web.Problems;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The data protection refusals as HTTP: 409 {@code processing-restricted}, 409 {@code open-case}, and 503 (retry later)
 * when a service the officer's question needs did not answer.
 */
class DataProtectionProblems {

    /** Long enough for a restarting service to come back. */
    private static final String RETRY_AFTER_SECONDS = "30";

    @ServerExceptionMapper
    Response restricted(ProcessingRestricted e) {
        return Problems.response(Problem.of(ProblemKind.PROCESSING_RESTRICTED, e.getMessage()));
    }

    @ServerExceptionMapper
    Response openCase(PersonInOpenCase e) {
        return Problems.response(Problem.of(ProblemKind.OPEN_CASE, e.getMessage()).withTitle("The person is a member of an open case"));
    }

    @ServerExceptionMapper
    Response unavailable(ContextUnavailable e) {
        return Response.fromResponse(Problems.response(Problem.of(ProblemKind.UNAVAILABLE, e.getMessage())))
                .header("Retry-After", RETRY_AFTER_SECONDS).build();
    }
}
