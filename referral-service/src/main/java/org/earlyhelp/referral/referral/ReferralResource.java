package org.earlyhelp.referral.referral;

import java.net.URI;
import java.util.List;
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

import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.identity.CurrentCaller;
import org.earlyhelp.platform.idempotency.Idempotent;
import org.earlyhelp.platform.web.ETags;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

/** Referrals: submit, read (404 unless you may see it), and the hub's decisions, each guarded by If-Match. */
@Path("/api/referrals")
@Produces(MediaType.APPLICATION_JSON)
class ReferralResource {

    private final ReferralService referrals;
    private final CurrentCaller caller;

    ReferralResource(ReferralService referrals, CurrentCaller caller) {
        this.referrals = referrals;
        this.caller = caller;
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Reach.PRACTITIONER, Reach.PARTNER_SYSTEM })
    public Response submitReferral(@Valid @NotNull NewReferral referral) {
        ReferralView created = referrals.submit(referral, caller.get());
        return Response.created(URI.create("/api/referrals/" + created.id())).tag(ETags.of(created.version()))
                .entity(created).build();
    }

    @GET
    public Page<ReferralSummary> listReferrals(@BeanParam @Valid PageRequest page) {
        return referrals.list(caller.get(), page);
    }

    @GET
    @Path("{id}")
    public Response readReferral(@PathParam("id") UUID id) {
        return withTag(referrals.read(id, caller.get()));
    }

    @GET
    @Path("{id}/history")
    public List<HistoryView> referralHistory(@PathParam("id") UUID id) {
        return referrals.history(id, caller.get());
    }

    @POST
    @Path("{id}/triage")
    @RolesAllowed(Reach.HUB_TRIAGE)
    public Response startTriage(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return withTag(referrals.startTriage(id, caller.get(), ifMatch));
    }

    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Reach.HUB_TRIAGE)
    public Response acceptReferral(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull Acceptance decision) {
        return withTag(referrals.accept(id, decision, caller.get(), ifMatch));
    }

    @POST
    @Path("{id}/escalate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Reach.HUB_TRIAGE)
    public Response escalateReferral(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull Reason reason) {
        return withTag(referrals.escalate(id, reason, caller.get(), ifMatch));
    }

    @POST
    @Path("{id}/no-further-action")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Reach.HUB_TRIAGE)
    public Response closeWithNoFurtherAction(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull Reason reason) {
        return withTag(referrals.noFurtherAction(id, reason, caller.get(), ifMatch));
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Reach.PRACTITIONER, Reach.CASE_LEAD, Reach.PARTNER_SYSTEM })
    public Response withdrawReferral(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull Reason reason) {
        return withTag(referrals.withdraw(id, reason, caller.get(), ifMatch));
    }

    private static Response withTag(ReferralView view) {
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }
}
