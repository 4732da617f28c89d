package org.earlyhelp.cases.opening;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.cases.casefile.CaseAccess;
import org.earlyhelp.cases.casepage.CaseView;
import org.earlyhelp.platform.http.Problem;
import org.earlyhelp.platform.idempotency.Idempotent;
import org.earlyhelp.platform.identity.CurrentCaller;
import org.earlyhelp.platform.web.ETags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Opening a case by hand ({@code POST /api/cases}); the case's other endpoints are casepage's {@code CaseResource}. */
@Path("/api/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
class CaseOpeningResource {

    private final CaseOpening opening;
    private final CurrentCaller caller;

    CaseOpeningResource(CaseOpening opening, CurrentCaller caller) {
        this.opening = opening;
        this.caller = caller;
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CaseAccess.CASE_LEAD)
    @Operation(summary = "Open a case by hand",
            description = """
                    The caller's agency leads and the caller is lead practitioner. Link accepted referrals your agency leads \
                    or referred (as this service has seen them on referral-service's feed) and/or name family members and \
                    needs. A referral already on a case is 409. Cases from accepted referrals open by themselves. \
                    `Idempotency-Key` honoured.""")
    @APIResponse(responseCode = "201", description = "The case", headers = { @Header(name = "Location"), @Header(name = "ETag") },
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or a referral you may not link", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a case lead", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A referral is already on a case", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response openCase(@Valid @NotNull NewCase body) {
        CaseView opened = opening.byHand(body, caller.get());
        return Response.created(URI.create("/api/cases/" + opened.id())).tag(ETags.of(opened.version())).entity(opened).build();
    }
}
