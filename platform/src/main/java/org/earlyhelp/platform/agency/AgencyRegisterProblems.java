package org.earlyhelp.platform.agency;

import jakarta.ws.rs.core.Response;

import org.earlyhelp.platform.web.Problems;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** An operation that needs the register before it was ever read: 503 with {@code Retry-After}, a retry may succeed. */
public class AgencyRegisterProblems {

    /** The register retries every 10 s by default ({@code earlyhelp.agencies.retry-interval}). */
    private static final String RETRY_AFTER_SECONDS = "10";

    @ServerExceptionMapper
    Response unavailable(AgencyRegisterUnavailable e) {
        return unavailable();
    }

    /** Also for a register check inside validation, which reaches the mappers wrapped in a ValidationException. */
    public static Response unavailable() {
        return Response.fromResponse(Problems.response(503,
                        "The agency register (Keycloak's Organizations) could not be read yet; try again shortly"))
                .header("Retry-After", RETRY_AFTER_SECONDS).build();
    }
}
