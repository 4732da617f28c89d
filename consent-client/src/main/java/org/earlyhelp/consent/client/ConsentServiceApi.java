package org.earlyhelp.consent.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.ClientWebApplicationException;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;

/**
 * consent-service over HTTP. Private to this package: the rest of a service sees only
 * {@link ConsentClient}. Base URL: {@code quarkus.rest-client.consent-service.url}, which defaults
 * to {@code earlyhelp.services.consent.url}.
 */
@RegisterRestClient(configKey = "consent-service")
@Path("/api/sharing-decisions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface ConsentServiceApi {

    @POST
    Wire.Decision decide(@HeaderParam("Authorization") String authorization, @HeaderParam("Idempotency-Key") String idempotencyKey,
            Wire.Question question);

    /** A 4xx is consent-service refusing this question: asking again cannot change that. Anything else may pass. */
    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        int status = response.getStatus();
        if (status >= 400 && status < 500) {
            return new QuestionRefused(status);
        }
        return new ClientWebApplicationException("consent-service answered " + status, response);
    }
}
