package org.earlyhelp.cases.transfer;

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

/** Transfer of the lead: request, accept, decline, cancel; the history of every request. */
@Path("/api/cases/{id}/transfers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Transfer of lead", description = "Handing the case's lead to another agency on the team: request, then accept or decline")
class TransferResource {

    private final TransferService transfers;
    private final CurrentCaller caller;

    TransferResource(TransferService transfers, CurrentCaller caller) {
        this.transfers = transfers;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Every transfer request of the case and its answer", description = "A page of transfer requests, oldest first (by time requested, then id).")
    @APIResponse(responseCode = "200", description = "A page of transfer requests, oldest first")
    @APIResponse(responseCode = "404", description = "No such case you may see", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<TransferView> listTransfers(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return transfers.transfers(id, caller.get(), page);
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CaseAccess.CASE_LEAD)
    @Operation(summary = "Ask another agency to take the lead",
            description = """
                    A case lead of the lead agency. The agency must already be on the team (add it first: that asks for \
                    consent); one request at a time. Nothing changes until a case lead of that agency accepts. `If-Match` \
                    is checked when sent; `Idempotency-Key` honoured.""")
    @APIResponse(responseCode = "201", description = "The request", headers = { @Header(name = "Location"), @Header(name = "ETag") })
    @APIResponse(responseCode = "409", description = "Not on the team, already the lead, a request already waiting, or the case is closed, or a person on the case is restricted (`processing-restricted`)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response requestTransfer(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull NewTransfer transfer) {
        Changed<TransferView> requested = transfers.request(id, transfer, caller.get(), ifMatch);
        return requested.created("/api/cases/" + id + "/transfers/" + requested.body().id());
    }

    @POST
    @Path("{transferId}/accept")
    @RolesAllowed(CaseAccess.CASE_LEAD)
    @Operation(summary = "Accept the lead (a case lead of the receiving agency)",
            description = "The agency leads and the caller becomes lead practitioner; the previous lead stays on the team. Publishes `case.transferred`. Needs `If-Match`.")
    @APIResponse(responseCode = "200", description = "The accepted request", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "403", description = "Not a case lead of the receiving agency", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already answered or cancelled, or a person on the case is restricted (`processing-restricted`)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response acceptTransfer(@PathParam("id") UUID id, @PathParam("transferId") UUID transferId,
            @HeaderParam("If-Match") String ifMatch) {
        return transfers.accept(id, transferId, caller.get(), ifMatch).ok();
    }

    @POST
    @Path("{transferId}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CaseAccess.CASE_LEAD)
    @Operation(summary = "Decline the lead, with a reason (a case lead of the receiving agency)", description = "The lead stays as it was. Needs `If-Match`.")
    @APIResponse(responseCode = "200", description = "The declined request", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "409", description = "Already answered or cancelled, or a person on the case is restricted (`processing-restricted`)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response declineTransfer(@PathParam("id") UUID id, @PathParam("transferId") UUID transferId,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull Reason reason) {
        return transfers.decline(id, transferId, reason, caller.get(), ifMatch).ok();
    }

    @POST
    @Path("{transferId}/cancel")
    @RolesAllowed(CaseAccess.CASE_LEAD)
    @Operation(summary = "Withdraw a transfer request (a case lead of the lead agency)", description = "Needs `If-Match`.")
    @APIResponse(responseCode = "200", description = "The cancelled request", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "409", description = "Already answered, or a person on the case is restricted (`processing-restricted`)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response cancelTransfer(@PathParam("id") UUID id, @PathParam("transferId") UUID transferId,
            @HeaderParam("If-Match") String ifMatch) {
        return transfers.cancel(id, transferId, caller.get(), ifMatch).ok();
    }
}
