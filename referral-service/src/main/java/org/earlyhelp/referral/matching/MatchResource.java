package org.earlyhelp.referral.matching;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.identity.CurrentCaller;

/** The hub's view of who on a referral may already be known, and its confirm or reject. */
@Path("/api/referrals/{id}/matches")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Reach.HUB_TRIAGE)
class MatchResource {

    private final MatchingService matching;
    private final CurrentCaller caller;

    MatchResource(MatchingService matching, CurrentCaller caller) {
        this.matching = matching;
        this.caller = caller;
    }

    @GET
    public List<MatchView> knownToServices(@PathParam("id") UUID referralId) {
        return matching.matches(referralId, caller.get());
    }

    @POST
    @Path("{matchId}/confirm")
    public MatchView confirmMatch(@PathParam("id") UUID referralId, @PathParam("matchId") UUID matchId) {
        return matching.confirm(referralId, matchId, caller.get());
    }

    @POST
    @Path("{matchId}/reject")
    public MatchView rejectMatch(@PathParam("id") UUID referralId, @PathParam("matchId") UUID matchId) {
        return matching.reject(referralId, matchId, caller.get());
    }
}
