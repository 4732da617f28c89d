package org.earlyhelp.referral.handover;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.identity.CurrentCaller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Children's social care front door's inbox of hand-overs: its staff and its system (the working roles of the front door
 * agency) read them, acknowledge receipt and record the outcome. Everyone else finds none (404; an empty inbox).
 */
@Path("/api/hand-overs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Hand-overs", description = "Referrals handed over to children's social care's front door, and its outcomes")
class HandOverResource {

    private final HandOvers handOvers;
    private final CurrentCaller caller;

    HandOverResource(HandOvers handOvers, CurrentCaller caller) {
        this.handOvers = handOvers;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The front door's inbox of hand-overs",
            description = """
                    The referrals handed over to your agency as children's social care's front door: by the hub's escalation, \
                    or on submission when the referrer flagged immediate risk. Those awaiting an outcome first, immediate risk \
                    first among them, then newest (by hand-over time, then id). Anyone else's inbox is empty.""")
    @APIResponse(responseCode = "200", description = "A page of hand-overs, most pressing first")
    public Page<HandOverView> handOvers(@BeanParam @Valid PageRequest page) {
        return handOvers.inbox(caller.get(), page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a hand-over",
            description = """
                    The hand-over with the referral as it stands (its people with person ids, concerns, what has been tried, \
                    the family's views) and the hub's reasons. 404 unless your agency is the front door it was handed over to.""")
    @APIResponse(responseCode = "200", description = "The hand-over and its referral")
    @APIResponse(responseCode = "404", description = "No such hand-over you may see")
    public HandOverView handOver(@PathParam("id") UUID id) {
        return handOvers.read(id, caller.get());
    }

    @POST
    @Path("{id}/acknowledgement")
    @RolesAllowed({ Reach.PRACTITIONER, Reach.CASE_LEAD, Reach.PARTNER_SYSTEM })
    @Operation(summary = "Acknowledge receipt of a hand-over",
            description = """
                    The front door says it has the referral: handed-over → acknowledged, with who and when. The hub sees it \
                    on the referral's history. Needed before an outcome.""")
    @APIResponse(responseCode = "200", description = "The acknowledged hand-over")
    @APIResponse(responseCode = "404", description = "No such hand-over you may see")
    @APIResponse(responseCode = "409", description = "Acknowledged already")
    public HandOverView acknowledgeHandOver(@PathParam("id") UUID id) {
        return handOvers.acknowledge(id, caller.get());
    }

    @POST
    @Path("{id}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Reach.PRACTITIONER, Reach.CASE_LEAD, Reach.PARTNER_SYSTEM })
    @Operation(summary = "Record the front door's outcome",
            description = """
                    acknowledged → outcome-recorded, once: `s47-enquiry`, `child-in-need-assessment`, or \
                    `no-further-action-returned-to-early-help`, with a note. A return to early help puts the referral back \
                    in the hub's queue (in triage, with a new 1-working-day deadline, the outcome and note on the queue \
                    item), where the hub may decide it as early help even if it showed immediate risk.""")
    @APIResponse(responseCode = "200", description = "The hand-over with its outcome")
    @APIResponse(responseCode = "404", description = "No such hand-over you may see")
    @APIResponse(responseCode = "409", description = "Not acknowledged yet, or its outcome is recorded already")
    public HandOverView recordHandOverOutcome(@PathParam("id") UUID id,
            @RequestBody(description = "The outcome and why", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Outcome.class),
                            examples = { @ExampleObject(name = "s47-enquiry", value = """
                                    { "outcome": "s47-enquiry", "note": "Strategy discussion held; section 47 enquiry started" }"""),
                                    @ExampleObject(name = "returned-to-early-help", value = """
                                            { "outcome": "no-further-action-returned-to-early-help",
                                              "note": "Threshold for statutory intervention not met; family would benefit from early help" }""") }))
            @Valid @NotNull Outcome outcome) {
        return handOvers.recordOutcome(id, outcome, caller.get());
    }
}
