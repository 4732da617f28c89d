package org.earlyhelp.consent.dataprotection;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What every service answers a data protection officer ({@code /api/data-protection/<context>}, the platform's
 * {@code DataProtectionResource}), asked with the officer's own token: each service checks the role and the areas itself.
 */
@Path("/api/data-protection")
@Produces(MediaType.APPLICATION_JSON)
interface DataProtectionApi {

    @GET
    @Path("{context}/people/{personId}")
    JsonNode holdings(@HeaderParam("Authorization") String bearer, @PathParam("context") String context,
            @PathParam("personId") String personId);

    @GET
    @Path("{context}/people/{personId}/erasure")
    JsonNode erasure(@HeaderParam("Authorization") String bearer, @PathParam("context") String context,
            @PathParam("personId") String personId);

    /** referral-service's matching index: the people it knows by these names and date of birth. */
    @GET
    @Path("referral/person-lookup")
    JsonNode candidates(@HeaderParam("Authorization") String bearer, @QueryParam("givenName") String givenName,
            @QueryParam("familyName") String familyName, @QueryParam("dateOfBirth") String dateOfBirth);
}
