package org.earlyhelp.consent.chronology;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A service's part of a person's story (the platform's {@code ChronologyResource}), asked with the caller's own token:
 * each service applies its own record visibility and audits the read with the purpose.
 */
@Path("/api/chronology")
@Produces(MediaType.APPLICATION_JSON)
interface ChronologyApi {

    @GET
    @Path("{context}/people/{personId}")
    JsonNode part(@HeaderParam("Authorization") String bearer, @PathParam("context") String context,
            @PathParam("personId") String personId, @QueryParam("purpose") String purpose);
}
