package org.earlyhelp.referral.onward;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.identity.CurrentCaller;
import org.earlyhelp.platform.web.ETags;
import org.earlyhelp.referral.referral.ReferralView;

/** The hub's signposting decision on a referral: one onward referral per chosen directory service. */
@Path("/api/referrals/{id}/signpost")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
class SignpostResource {

    private final OnwardReferralService onward;
    private final CurrentCaller caller;

    SignpostResource(OnwardReferralService onward, CurrentCaller caller) {
        this.onward = onward;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Reach.HUB_TRIAGE)
    public Response signpostReferral(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull Signposting signposting) {
        ReferralView view = onward.signpost(id, signposting, caller.get(), ifMatch);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }
}
