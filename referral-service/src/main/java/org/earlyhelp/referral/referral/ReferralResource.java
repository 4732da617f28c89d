package org.earlyhelp.referral.referral;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.earlyhelp.platform.identity.CurrentCaller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

/** Referrals the caller's agency may see. The referral model itself arrives with the referral issue. */
@Path("/api/referrals")
@Produces(MediaType.APPLICATION_JSON)
class ReferralResource {

    private final CurrentCaller caller;

    ReferralResource(CurrentCaller caller) {
        this.caller = caller;
    }

    @GET
    public Page<Object> list(@BeanParam @Valid PageRequest page) {
        caller.get();
        return Page.empty(page);
    }
}
