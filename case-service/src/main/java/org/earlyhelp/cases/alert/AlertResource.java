package org.earlyhelp.cases.alert;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.earlyhelp.cases.casefile.CaseAccess;
import org.earlyhelp.platform.http.Problem;
import org.earlyhelp.platform.identity.CurrentCaller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Alerts on one case (e.g. a withdrawn consent took a member's access away) and their acknowledgement by the lead. */
@Path("/api/cases/{id}/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Case alerts", description = "What the lead must know: e.g. a member lost access when a consent was withdrawn")
class AlertResource {

    private final AlertService alerts;
    private final CurrentCaller caller;

    AlertResource(AlertService alerts, CurrentCaller caller) {
        this.alerts = alerts;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The case's alerts, oldest first", description = "A page of alerts, open and acknowledged, oldest first (by time raised, then id).")
    @APIResponse(responseCode = "200", description = "A page of alerts, oldest first")
    @APIResponse(responseCode = "404", description = "No such case you may see", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<CaseAlertView> listCaseAlerts(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return alerts.onCase(id, caller.get(), page);
    }

    @POST
    @Path("{alertId}/acknowledge")
    @RolesAllowed(CaseAccess.CASE_LEAD)
    @Operation(summary = "Acknowledge an alert", description = "A case lead of the lead agency. Acknowledging again changes nothing.")
    @APIResponse(responseCode = "200", description = "The acknowledged alert")
    @APIResponse(responseCode = "403", description = "Not a case lead of the lead agency", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A person on the case is restricted (`processing-restricted`)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case or alert", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CaseAlertView acknowledgeCaseAlert(@PathParam("id") UUID id, @PathParam("alertId") UUID alertId) {
        return alerts.acknowledge(id, alertId, caller.get());
    }
}
