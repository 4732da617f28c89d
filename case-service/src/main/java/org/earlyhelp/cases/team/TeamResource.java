package org.earlyhelp.cases.team;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.cases.casefile.CaseAccess;
import org.earlyhelp.cases.casefile.Changed;
import org.earlyhelp.cases.casefile.Reason;
import org.earlyhelp.platform.http.Problem;
import org.earlyhelp.platform.idempotency.Idempotent;
import org.earlyhelp.platform.identity.CurrentCaller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The team around the family: who is on it, adding (consent-gated), removing and leaving. */
@Path("/api/cases/{id}/members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Team around the family", description = "Agencies and practitioners working with the family; each new agency needs a consent permit")
class TeamResource {

    private final TeamService team;
    private final CurrentCaller caller;

    TeamResource(TeamService team, CurrentCaller caller) {
        this.team = team;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The team, past members included (`active` false)", description = "A page of members in the order they joined (then by id).")
    @APIResponse(responseCode = "200", description = "A page of members in the order they joined")
    @APIResponse(responseCode = "404", description = "No such case you may see", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<MemberView> listMembers(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return team.team(id, caller.get(), page);
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CaseAccess.CASE_LEAD)
    @Operation(summary = "Add an agency or practitioner to the team",
            description = """
                    A case lead of the lead agency. An agency not yet taking part needs a consent-service `permit` for purpose \
                    `team-around-family` for every family member; the decisions are kept with the member. A deny is 409, no \
                    answer from consent-service 503 (fails closed); either way nobody is added and `refusals` says for whom \
                    and why. `If-Match` is checked when sent. Publishes `case.member-added`. `Idempotency-Key` honoured.""")
    @APIResponse(responseCode = "201", description = "The new member", headers = { @Header(name = "Location"), @Header(name = "ETag", description = "The case's new version") })
    @APIResponse(responseCode = "400", description = "Invalid fields or an unknown agency", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a case lead of the lead agency", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Sharing denied (`refusals`), already on the team, or the case is closed, or a person on the case is restricted (`processing-restricted`)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = RefusalProblem.class)))
    @APIResponse(responseCode = "503", description = "consent-service could not answer: not added", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = RefusalProblem.class)))
    public Response addMember(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull NewMember member) {
        Changed<MemberView> added = team.add(id, member, caller.get(), ifMatch);
        return added.created("/api/cases/" + id + "/members/" + added.body().id());
    }

    @POST
    @Path("{memberId}/remove")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CaseAccess.CASE_LEAD)
    @Operation(summary = "Remove a member, with a reason", description = "A case lead of the lead agency; needs `If-Match`. Publishes `case.member-removed`.")
    @APIResponse(responseCode = "200", description = "The member, now inactive", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "409", description = "Already left, or a person on the case is restricted (`processing-restricted`)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response removeMember(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull Reason reason) {
        return team.remove(id, memberId, reason, caller.get(), ifMatch).ok();
    }

    @POST
    @Path("{memberId}/leave")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ CaseAccess.PRACTITIONER, CaseAccess.CASE_LEAD })
    @Operation(summary = "Leave the team (the member's own agency), with a reason", description = "Needs `If-Match`. Publishes `case.member-removed`.")
    @APIResponse(responseCode = "200", description = "The member, now inactive", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "403", description = "Not the member's agency", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response leaveTeam(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull Reason reason) {
        return team.leave(id, memberId, reason, caller.get(), ifMatch).ok();
    }
}
