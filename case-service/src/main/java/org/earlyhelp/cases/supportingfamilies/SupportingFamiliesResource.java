package org.earlyhelp.cases.supportingfamilies;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.earlyhelp.platform.http.Problem;
import org.earlyhelp.platform.identity.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Supporting Families view of a case. */
@Path("/api/cases/{id}/supporting-families")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supporting Families", description = "Headline needs, lead practitioner, plan and needs met, as the outcome framework counts them")
class SupportingFamiliesResource {

    private final SupportingFamilies supportingFamilies;
    private final CurrentCaller caller;

    SupportingFamiliesResource(SupportingFamilies supportingFamilies, CurrentCaller caller) {
        this.supportingFamilies = supportingFamilies;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The case as the Supporting Families outcome framework counts it",
            description = "`programmeCase`: three or more headline needs, a lead practitioner and a family plan.")
    @APIResponse(responseCode = "200", description = "The view", content = @Content(schema = @Schema(implementation = SupportingFamiliesView.class)))
    @APIResponse(responseCode = "404", description = "No such case you may see", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SupportingFamiliesView supportingFamilies(@PathParam("id") UUID id) {
        return supportingFamilies.of(id, caller.get());
    }
}
