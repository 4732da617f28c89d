package org.earlyhelp.platform.chronology;

import java.util.UUID;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.earlyhelp.platform.identity.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /api/chronology/<context>/people/{personId}?purpose=}: this service's part of a person's story, asked by
 * consent-service with the caller's own token. Between services only: the gateway does not route it, so it is not in
 * the published API (the story is {@code GET /api/people/{personId}/chronology}).
 */
@Path("/api/chronology/{context}/people/{personId}")
@Produces(MediaType.APPLICATION_JSON)
class ChronologyResource {

    private final CurrentCaller caller;
    private final Chronology chronology;

    ChronologyResource(CurrentCaller caller, Chronology chronology) {
        this.caller = caller;
        this.chronology = chronology;
    }

    @GET
    @Operation(hidden = true)
    public Chronology.Part part(@PathParam("context") @Size(max = 20) String context,
            @PathParam("personId") @Size(max = 36) String personId,
            @QueryParam("purpose") @Size(max = Chronology.PURPOSE_MAX + 100) String purpose) {
        return chronology.part(caller.get(), context, uuid(personId), purpose);
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("personId must be a UUID");
        }
    }
}
