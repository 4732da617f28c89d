package org.earlyhelp.referral.alert;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.identity.CurrentCaller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Cumulative-concern alerts for the hub's areas. */
@Path("/api/alerts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Reach.HUB_TRIAGE)
@Tag(name = "Cumulative-concern alerts", description = "Several agencies worried about the same child: the pattern no single agency sees")
class AlertResource {

    private final CumulativeConcern alerts;
    private final CurrentCaller caller;

    AlertResource(CumulativeConcern alerts, CurrentCaller caller) {
        this.alerts = alerts;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Cumulative-concern alerts of your areas",
            description = """
                    A page of the alerts of the caller's hub areas, open or acknowledged (both when `status` is absent) or \
                    withdrawn; newest first (by time raised, then id). An alert counts a person's referrals and those of \
                    strong matches the hub has not yet decided (score at or above the matches' `strongScore`): such an alert \
                    is `unconfirmed` and lists the `candidateLinks` it rests on. Confirming them makes it confirmed; rejecting \
                    or unlinking one counts it again, and an alert no longer met is `withdrawn` with the reason.""")
    @APIResponse(responseCode = "200", description = "A page of alerts")
    public Page<ConcernAlertView> listAlerts(
            @Parameter(description = "`open`, `acknowledged` or `withdrawn`; open and acknowledged when absent")
            @QueryParam("status") @Pattern(regexp = "open|acknowledged|withdrawn") String status,
            @BeanParam @Valid PageRequest page) {
        return alerts.list(caller.get(), status, page);
    }

    @POST
    @Path("{id}/acknowledge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Acknowledge an alert", description = "The hub has seen it; what it is doing about it, if it says.")
    @APIResponse(responseCode = "200", description = "The acknowledged alert")
    @APIResponse(responseCode = "404", description = "No such alert of your areas")
    @APIResponse(responseCode = "409", description = "The alert was already acknowledged, or withdrawn")
    public ConcernAlertView acknowledgeAlert(@PathParam("id") UUID id,
            @RequestBody(description = "A note, optional",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Acknowledgement.class),
                            examples = @ExampleObject(name = "note", value = """
                                    { "note": "Discussed at the hub meeting; school nurse to visit" }""")))
            @Valid Acknowledgement acknowledgement) {
        return alerts.acknowledge(id, acknowledgement, caller.get());
    }
}
