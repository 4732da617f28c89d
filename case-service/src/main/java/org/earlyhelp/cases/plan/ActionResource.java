package org.earlyhelp.cases.plan;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.cases.casefile.CaseAccess;
import org.earlyhelp.cases.casefile.Changed;
import org.earlyhelp.platform.http.Problem;
import org.earlyhelp.platform.idempotency.Idempotent;
import org.earlyhelp.platform.identity.CurrentCaller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The family plan's actions. */
@Path("/api/cases/{id}/actions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessment and family plan")
class ActionResource {

    private final PlanService plan;
    private final CurrentCaller caller;

    ActionResource(PlanService plan, CurrentCaller caller) {
        this.plan = plan;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The family plan: actions by due date, each with `overdue`",
            description = "A page of actions by due date, earliest first (then in the order they were added).")
    @APIResponse(responseCode = "200", description = "A page of actions by due date")
    @APIResponse(responseCode = "404", description = "No such case you may see", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ActionView> listActions(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return plan.actions(id, caller.get(), page);
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CaseAccess.CASE_LEAD)
    @Operation(summary = "Add an action to the plan",
            description = "A case lead of the lead agency; the owner is the lead agency or a team member. `If-Match` checked when sent; `Idempotency-Key` honoured.")
    @APIResponse(responseCode = "201", description = "The action (status `planned`)", headers = { @Header(name = "Location"), @Header(name = "ETag") })
    @APIResponse(responseCode = "400", description = "Invalid fields, or an owner not on the case", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The case is closed, or a person on the case is restricted (`processing-restricted`)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addAction(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull NewAction action) {
        Changed<ActionView> added = plan.addAction(id, action, caller.get(), ifMatch);
        return added.created("/api/cases/" + id + "/actions/" + added.body().id());
    }

    @POST
    @Path("{actionId}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ CaseAccess.PRACTITIONER, CaseAccess.CASE_LEAD })
    @Operation(summary = "Move an action on: planned → in-progress → done, or dropped",
            description = "The lead's case lead or a practitioner of the owner agency; needs `If-Match`. Done and dropped are final (409).")
    @APIResponse(responseCode = "200", description = "The action", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "403", description = "Neither the lead nor the owner agency", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A move the action's status does not allow, or the case is closed, or a person on the case is restricted (`processing-restricted`)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response moveAction(@PathParam("id") UUID id, @PathParam("actionId") UUID actionId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ActionMove move) {
        return plan.move(id, actionId, move, caller.get(), ifMatch).ok();
    }
}
