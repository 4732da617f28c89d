package org.earlyhelp.referral.matching;

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

import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.identity.CurrentCaller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The hub's view of who on a referral may already be known, and its confirm or reject. */
@Path("/api/referrals/{id}/matches")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Reach.HUB_TRIAGE)
@Tag(name = "Known to services", description = "Earlier appearances of a referral's people, for the hub to confirm or reject")
class MatchResource {

    private final MatchingService matching;
    private final CurrentCaller caller;

    MatchResource(MatchingService matching, CurrentCaller caller) {
        this.matching = matching;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Who on the referral may already be known",
            description = """
                    A page of the candidate matches found when the referral was submitted, each with its score, its reasons \
                    and whether the hub confirmed or rejected it: by person on the referral (in the referral's order), then \
                    best score first, then id. Matches are shown from a score of 0.5; from `strongScore` (0.7, the same on \
                    every match) a match is strong (`strong: true`) and counts as known to services on the queue. People \
                    with different first names (siblings, twins) are never strong. A hub screener of the referral's area only.""")
    @APIResponse(responseCode = "200", description = "A page of matches")
    @APIResponse(responseCode = "404", description = "No such referral you triage")
    public Page<MatchView> knownToServices(@PathParam("id") UUID referralId, @BeanParam @Valid PageRequest page) {
        return matching.matches(referralId, caller.get(), page);
    }

    @POST
    @Path("{matchId}/confirm")
    @Operation(summary = "Confirm a match: the same person",
            description = "The person on the referral is the one known before: they take the earlier person id, and `referral.person-linked` is published.")
    @APIResponse(responseCode = "200", description = "The confirmed match")
    @APIResponse(responseCode = "404", description = "No such referral you triage, or no such match on it")
    @APIResponse(responseCode = "409", description = "The match was already confirmed or rejected")
    public MatchView confirmMatch(@PathParam("id") UUID referralId, @PathParam("matchId") UUID matchId) {
        return matching.confirm(referralId, matchId, caller.get());
    }

    @POST
    @Path("{matchId}/reject")
    @Operation(summary = "Reject a match: not the same person", description = "The person keeps their own person id; the match is not offered again.")
    @APIResponse(responseCode = "200", description = "The rejected match")
    @APIResponse(responseCode = "404", description = "No such referral you triage, or no such match on it")
    @APIResponse(responseCode = "409", description = "The match was already confirmed or rejected")
    public MatchView rejectMatch(@PathParam("id") UUID referralId, @PathParam("matchId") UUID matchId) {
        return matching.reject(referralId, matchId, caller.get());
    }
}
