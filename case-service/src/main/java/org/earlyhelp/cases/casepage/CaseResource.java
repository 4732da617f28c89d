package org.earlyhelp.cases.casepage;

import java.util.Map;
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
import org.earlyhelp.cases.casefile.CaseHistoryView;
import org.earlyhelp.cases.casefile.CaseService;
import org.earlyhelp.cases.casefile.Reason;
import org.earlyhelp.platform.http.Problem;
import org.earlyhelp.platform.identity.CurrentCaller;
import org.earlyhelp.platform.web.ETags;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Cases: list, read (404 unless you may see it), history, lead practitioner, closure and reopening (opening one by hand is opening's). */
@Path("/api/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Early help cases: the family, the lead, the outcome")
public class CaseResource {

    private final CasePages pages;
    private final Closing closing;
    private final CaseService cases;
    private final CurrentCaller caller;

    CaseResource(CasePages pages, Closing closing, CaseService cases, CurrentCaller caller) {
        this.pages = pages;
        this.closing = closing;
        this.cases = cases;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "List the cases you may see", description = "Lead agency, team members, and the hub for its areas; newest first.")
    @APIResponse(responseCode = "200", description = "A page of cases")
    public Page<CaseSummary> listCases(@BeanParam @Valid PageRequest page) {
        return pages.list(caller.get(), page, null, Map.of());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a case", description = "With its `ETag`; 404 unless your agency leads it, is on its team, or you triage its area.")
    @APIResponse(responseCode = "200", description = "The case", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", description = "No such case you may see", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response readCase(@PathParam("id") UUID id) {
        return withTag(pages.read(id, caller.get()));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "The case's history: who did what, when and why", description = "A page of history lines, oldest first (by time, then line).")
    @APIResponse(responseCode = "200", description = "A page of history lines, oldest first")
    @APIResponse(responseCode = "404", description = "No such case you may see", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<CaseHistoryView> caseHistory(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return cases.history(id, caller.get(), page);
    }

    @POST
    @Path("{id}/take-lead")
    @RolesAllowed(CaseAccess.CASE_LEAD)
    @Operation(summary = "Take the case as its lead practitioner", description = "A case lead of the lead agency; needs `If-Match`.")
    @APIResponse(responseCode = "200", description = "The case", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "403", description = "Not a case lead of the lead agency", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The case is closed, or a person on the case is restricted (`processing-restricted`)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an old version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response takeLead(@PathParam("id") UUID id, @Parameter(description = "The case's ETag") @HeaderParam("If-Match") String ifMatch) {
        return withTag(pages.takeLead(id, caller.get(), ifMatch));
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CaseAccess.CASE_LEAD)
    @Operation(summary = "Close the case with an outcome per need",
            description = """
                    Every identified need gets exactly one outcome (`needs-met`, `stepped-up`, `stepped-down`, `disengaged`, \
                    `moved-area`); no plan action may still be planned or in progress. Publishes `case.closed`. Needs `If-Match`.""")
    @APIResponse(responseCode = "200", description = "The closed case", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "409", description = "Already closed, open actions, or outcomes not matching the needs, or a person on the case is restricted (`processing-restricted`)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an old version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response closeCase(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull Closure closure) {
        return withTag(closing.close(id, closure, caller.get(), ifMatch));
    }

    @POST
    @Path("{id}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CaseAccess.CASE_LEAD)
    @Operation(summary = "Reopen a closed case, with a reason", description = "Publishes `case.reopened`. Needs `If-Match`.")
    @APIResponse(responseCode = "200", description = "The open case", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "409", description = "The case is not closed, or a person on the case is restricted (`processing-restricted`)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reopenCase(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull Reason reason) {
        return withTag(closing.reopen(id, reason, caller.get(), ifMatch));
    }

    public static Response withTag(CaseView view) {
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }
}
