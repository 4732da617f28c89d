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

/**
 * A receiving agency's inbox of onward referrals (and the referrer's and hub's view of those they sent).
 * Taking one on or turning it down is practitioners' (or the agency system's) work: an auditor or a
 * directory admin of the receiving agency reads it, never decides it.
 */
@Path("/api/onward-referrals")
@Produces(MediaType.APPLICATION_JSON)
class OnwardReferralResource {

    private final OnwardReferralService onward;
    private final CurrentCaller caller;

    OnwardReferralResource(OnwardReferralService onward, CurrentCaller caller) {
        this.onward = onward;
        this.caller = caller;
    }

    @GET
    public Page<OnwardReferralView> onwardReferrals(@BeanParam @Valid PageRequest page) {
        return onward.list(caller.get(), page);
    }

    @GET
    @Path("{id}")
    public OnwardReferralView onwardReferral(@PathParam("id") UUID id) {
        return onward.read(id, caller.get());
    }

    @POST
    @Path("{id}/accept")
    @RolesAllowed({ Reach.PRACTITIONER, Reach.CASE_LEAD, Reach.PARTNER_SYSTEM })
    public OnwardReferralView acceptOnwardReferral(@PathParam("id") UUID id) {
        return onward.accept(id, caller.get());
    }

    @POST
    @Path("{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Reach.PRACTITIONER, Reach.CASE_LEAD, Reach.PARTNER_SYSTEM })
    public OnwardReferralView declineOnwardReferral(@PathParam("id") UUID id, @Valid @NotNull Decline decline) {
        return onward.decline(id, decline, caller.get());
    }

    @POST
    @Path("{id}/consent-check")
    @RolesAllowed(Reach.HUB_TRIAGE)
    public OnwardReferralView recheckConsent(@PathParam("id") UUID id) {
        return onward.recheckConsent(id, caller.get());
    }
}
