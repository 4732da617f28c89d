package org.earlyhelp.referral.matching;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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

/** The hub's view of who on a referral may already be known, and its confirm, reject or unlink. */
@Path("/api/referrals/{id}/matches")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Reach.HUB_TRIAGE)
@Tag(name = "Known to services", description = "Earlier appearances of a referral's people, for the hub to confirm, reject or unlink")
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
    @Path("{matchId}/unlink")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Unlink a confirmed match: not the same person after all",
            description = """
                    Undoes a confirmation, with a reason: the person on the referral takes back the person id they had \
                    before (`personId` of the answer), the reason is kept in the referral's history (and the unlink in the \
                    audit trail), the match is `unlinked` and not offered again, and `referral.person-unlinked` is published \
                    so that consents and case members follow. Cumulative-concern alerts resting on the link are recomputed \
                    (shrunk or withdrawn). Only the link the person holds now can be undone. A hub screener of the \
                    referral's area only.""")
    @APIResponse(responseCode = "200", description = "The unlinked match",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MatchView.class),
                    examples = @ExampleObject(name = "unlinked", value = """
                            { "id": "9b2f0d64-5a53-4f0e-9d7e-3b1c0f6f1a20", "referralPersonId": "5d0c7a15-2f8e-4e4b-8f5d-1c7e9a3b6d42",
                              "personId": "0e6b8c1d-7a2f-4c9e-b1d3-5f8a2e4c6b90", "personName": "Jaden Whitfeild",
                              "candidatePersonId": "3f1a9c7e-2b4d-4e6f-8a0c-9d7b5e3f1a2c", "candidateName": "Jayden Whitfield",
                              "score": 0.95, "strong": true, "strongScore": 0.7,
                              "reasons": ["similar name", "same date of birth", "same postcode"], "status": "unlinked",
                              "decidedBy": "sam.screener", "decidedAt": "2026-03-02T10:15:00Z" }""")))
    @APIResponse(responseCode = "404", description = "No such referral you triage, or no such match on it")
    @APIResponse(responseCode = "409", description = "The match is not confirmed, or the person was linked to someone else since")
    @APIResponse(responseCode = "422", description = "No reason given, or a blank one")
    public MatchView unlinkMatch(@PathParam("id") UUID referralId, @PathParam("matchId") UUID matchId,
            @RequestBody(description = "Why they are not the same person", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnlinkReason.class),
                            examples = @ExampleObject(name = "reason", value = """
                                    { "reason": "Different child: the school confirmed a cousin of the same name at that address" }""")))
            @Valid UnlinkReason reason) {
        return matching.unlink(referralId, matchId, reason, caller.get());
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
