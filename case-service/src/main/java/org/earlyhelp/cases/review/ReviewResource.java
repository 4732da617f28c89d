package org.earlyhelp.cases.review;

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
import org.earlyhelp.platform.http.Problem;
import org.earlyhelp.platform.identity.CurrentCaller;
import org.earlyhelp.platform.idempotency.Idempotent;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reviews of the family plan (about every 6 to 8 weeks); an overdue review shows on the case and in caseloads. */
@Path("/api/cases/{id}/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews", description = "Reviews of the family plan: attendees, progress per need, next review date")
class ReviewResource {

    private final ReviewService reviews;
    private final CurrentCaller caller;

    ReviewResource(ReviewService reviews, CurrentCaller caller) {
        this.reviews = reviews;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The case's reviews, oldest first", description = "A page of reviews, oldest first (by the day held, then when recorded, then id).")
    @APIResponse(responseCode = "200", description = "A page of reviews, oldest first")
    @APIResponse(responseCode = "404", description = "No such case you may see", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ReviewView> listReviews(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return reviews.reviews(id, caller.get(), page);
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CaseAccess.CASE_LEAD)
    @Operation(summary = "Record a review", description = "A case lead of the lead agency. Sets the case's next review date. `If-Match` checked when sent; `Idempotency-Key` honoured.")
    @APIResponse(responseCode = "201", description = "The review", headers = { @Header(name = "Location"), @Header(name = "ETag") })
    @APIResponse(responseCode = "400", description = "Invalid fields (e.g. next review not after this one, a need not on the case)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The case is closed, or a person on the case is restricted (`processing-restricted`)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recordReview(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull NewReview review) {
        Changed<ReviewView> recorded = reviews.record(id, review, caller.get(), ifMatch);
        return recorded.created("/api/cases/" + id + "/reviews/" + recorded.body().id());
    }
}
