package org.earlyhelp.referral.onward;

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
 * A receiving agency's inbox of onward referrals (and the referrer's and hub's view of those they sent).
 * Taking one on or turning it down is practitioners' (or the agency system's) work: an auditor or a
 * directory admin of the receiving agency reads it, never decides it.
 */
@Path("/api/onward-referrals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Onward referrals", description = "Referrals on to a directory service's agency, with only what consent permits shared")
class OnwardReferralResource {

    private final OnwardReferralService onward;
    private final CurrentCaller caller;

    OnwardReferralResource(OnwardReferralService onward, CurrentCaller caller) {
        this.onward = onward;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The onward referrals you may see",
            description = """
                    A receiving agency's inbox (once sent: never while one awaits consent), the onward referrals made of your \
                    agency's referrals, and for the hub's screeners those of their areas; newest first (by time made, then id).""")
    @APIResponse(responseCode = "200", description = "A page of onward referrals, newest first")
    public Page<OnwardReferralView> onwardReferrals(@BeanParam @Valid PageRequest page) {
        return onward.list(caller.get(), page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read an onward referral", description = "With only the content consent permitted for the receiving agency.")
    @APIResponse(responseCode = "200", description = "The onward referral")
    @APIResponse(responseCode = "404", description = "No such onward referral you may see")
    public OnwardReferralView onwardReferral(@PathParam("id") UUID id) {
        return onward.read(id, caller.get());
    }

    @POST
    @Path("{id}/accept")
    @RolesAllowed({ Reach.PRACTITIONER, Reach.CASE_LEAD, Reach.PARTNER_SYSTEM })
    @Operation(summary = "Accept an onward referral", description = "The receiving agency takes the family on: sent → accepted.")
    @APIResponse(responseCode = "200", description = "The accepted onward referral")
    @APIResponse(responseCode = "403", description = "Sees the onward referral but is not the receiving agency")
    @APIResponse(responseCode = "404", description = "No such onward referral you may see")
    @APIResponse(responseCode = "409", description = "The onward referral is not waiting for an answer")
    public OnwardReferralView acceptOnwardReferral(@PathParam("id") UUID id) {
        return onward.accept(id, caller.get());
    }

    @POST
    @Path("{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Reach.PRACTITIONER, Reach.CASE_LEAD, Reach.PARTNER_SYSTEM })
    @Operation(summary = "Decline an onward referral", description = "The receiving agency turns it down, saying why: sent → declined.")
    @APIResponse(responseCode = "200", description = "The declined onward referral")
    @APIResponse(responseCode = "403", description = "Sees the onward referral but is not the receiving agency")
    @APIResponse(responseCode = "404", description = "No such onward referral you may see")
    @APIResponse(responseCode = "409", description = "The onward referral is not waiting for an answer")
    public OnwardReferralView declineOnwardReferral(@PathParam("id") UUID id,
            @RequestBody(description = "Why", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Decline.class),
                            examples = @ExampleObject(name = "reason", value = """
                                    { "reason": "The family lives outside the area our service covers" }""")))
            @Valid @NotNull Decline decline) {
        return onward.decline(id, decline, caller.get());
    }

    @POST
    @Path("{id}/check-consent")
    @RolesAllowed(Reach.HUB_TRIAGE)
    @Operation(summary = "Check consent again for an onward referral awaiting it",
            description = """
                    The hub asks consent-service again: what is now permitted is shared and the onward referral is sent; \
                    otherwise it keeps waiting. The service does this by itself when consent-service's feed says a consent or \
                    lawful basis about someone on it changed, and closes one still waiting after 14 days \
                    (`earlyhelp.onward.consent-wait`) as `consent-not-given`, with nothing shared.""")
    @APIResponse(responseCode = "200", description = "The onward referral, sent or still awaiting consent")
    @APIResponse(responseCode = "404", description = "No such onward referral you triage")
    @APIResponse(responseCode = "409", description = "The onward referral is not awaiting consent (sent, decided, or closed as "
            + "`consent-not-given`), or another check sent it "
            + "while consent-service was asked (read it again)")
    public OnwardReferralView recheckConsent(@PathParam("id") UUID id) {
        return onward.recheckConsent(id, caller.get());
    }
}
