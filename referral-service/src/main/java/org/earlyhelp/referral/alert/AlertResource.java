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
    @APIResponse(responseCode = "200", description = "A page of alerts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "unconfirmed", value = """
                    { "items": [{ "id": "6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "personId": "3f1a9c7e-2b4d-4e6f-8a0c-9d7b5e3f1a2c",
                        "personName": "Jayden Whitfield", "area": "eastmere", "status": "open", "raisedAt": "2026-03-02T09:40:00Z",
                        "referralCount": 3, "agencies": ["eastmere-academy", "northshire-police", "eastmere-surgery"],
                        "referrals": [
                          { "referralId": "b7e1c2d3-0a4f-4b5c-9d6e-7f8a9b0c1d2e", "referringAgency": "eastmere-academy", "submittedAt": "2026-02-10T08:00:00Z" },
                          { "referralId": "c8f2d3e4-1b5a-4c6d-8e7f-9a0b1c2d3e4f", "referringAgency": "northshire-police", "submittedAt": "2026-02-24T22:10:00Z" },
                          { "referralId": "d9a3e4f5-2c6b-4d7e-9f8a-0b1c2d3e4f5a", "referringAgency": "eastmere-surgery", "submittedAt": "2026-03-02T09:40:00Z" }],
                        "unconfirmed": true,
                        "candidateLinks": [
                          { "matchId": "9b2f0d64-5a53-4f0e-9d7e-3b1c0f6f1a20", "referralId": "c8f2d3e4-1b5a-4c6d-8e7f-9a0b1c2d3e4f",
                            "candidateReferralIds": ["b7e1c2d3-0a4f-4b5c-9d6e-7f8a9b0c1d2e"], "score": 0.95 },
                          { "matchId": "a1c3e5f7-2b4d-4f6a-8c0e-1d3f5a7b9c2e", "referralId": "d9a3e4f5-2c6b-4d7e-9f8a-0b1c2d3e4f5a",
                            "candidateReferralIds": ["b7e1c2d3-0a4f-4b5c-9d6e-7f8a9b0c1d2e"], "score": 1.0 }] }],
                      "page": 0, "size": 20, "total": 1 }""")))
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
