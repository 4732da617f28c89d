package org.earlyhelp.cases.plan;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.cases.casefile.CaseAccess;
import org.earlyhelp.platform.http.Problem;
import org.earlyhelp.platform.identity.CurrentCaller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The early help assessment: the headline needs identified, with severity and notes. */
@Path("/api/cases/{id}/needs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessment and family plan", description = "Needs per headline category; plan actions with owner agency, due date and status")
class NeedResource {

    private final PlanService plan;
    private final CurrentCaller caller;

    NeedResource(PlanService plan, CurrentCaller caller) {
        this.plan = plan;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The needs identified (from referrals or the assessment), with severity, notes and outcome",
            description = "A page of needs by category (at most one per headline category).")
    @APIResponse(responseCode = "200", description = "A page of needs by category")
    @APIResponse(responseCode = "404", description = "No such case you may see", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<NeedView> listNeeds(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return plan.needs(id, caller.get(), page);
    }

    @PUT
    @Path("{need}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CaseAccess.CASE_LEAD)
    @Operation(summary = "Assess one headline need (adds it if not yet identified)", description = "A case lead of the lead agency; needs `If-Match`.")
    @APIResponse(responseCode = "200", description = "The need", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "404", description = "No such case, or not a headline need", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The case is closed, or a person on the case is restricted (`processing-restricted`)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response assessNeed(@PathParam("id") UUID id,
            @Parameter(description = "A headline need, e.g. `domestic-abuse`") @PathParam("need") String need,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull NeedAssessment assessment) {
        return plan.assess(id, need, assessment, caller.get(), ifMatch).ok();
    }
}
