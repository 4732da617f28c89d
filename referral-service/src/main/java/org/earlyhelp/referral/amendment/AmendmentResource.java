package org.earlyhelp.referral.amendment;

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
import org.earlyhelp.platform.web.ETags;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.earlyhelp.referral.referral.ReferralView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The referrer's amendments of a referral before the hub decides it, each a version of what the referral says. */
@Path("/api/referrals/{id}/amendments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Amendments", description = "The referrer adds to or corrects a referral before the hub decides it")
class AmendmentResource {

    private static final String IF_MATCH = "The referral's `ETag`, as read: 412 when the referral changed since, 428 when missing.";

    private final Amendments amendments;
    private final CurrentCaller caller;

    AmendmentResource(Amendments amendments, CurrentCaller caller) {
        this.amendments = amendments;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The versions of what a referral says",
            description = """
                    A page of the referrer's amendments of the referral, oldest first: each the content version it made \
                    (2 for the first), who and when, and the amendment as sent. The referral itself shows its current \
                    content and `contentVersion`; its history has a line `amended` for each. Whoever sees the referral sees \
                    them.""")
    @APIResponse(responseCode = "200", description = "A page of amendments, oldest first")
    @APIResponse(responseCode = "404", description = "No such referral you may see")
    public Page<AmendmentView> amendments(@PathParam("id") UUID referralId, @BeanParam @Valid PageRequest page) {
        return amendments.list(referralId, caller.get(), page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Reach.PRACTITIONER, Reach.CASE_LEAD, Reach.PARTNER_SYSTEM })
    @Operation(summary = "Amend the referral",
            description = """
                    The referring agency (practitioner, case lead or its partner system) adds to or corrects its referral \
                    while the hub has not decided it (submitted, in-triage or awaiting-information): `newConcerns` are added, \
                    `corrections` change a person's names, date of birth, postcode or NHS number (by `personId`), \
                    `familyViews` and `family` replace what the referral said; `note` says why. The referral's \
                    `contentVersion` goes up by one and its history says who, when and what (field names and concern \
                    categories, not the details). Corrected names, date of birth or postcode are searched again for \
                    "known to services": new candidates appear for the hub. A new concern of significant harm makes the \
                    referral an immediate-risk one. Publishes `referral.amended` (ids and state only). Answers 200 with the \
                    referral as it now reads and its new `ETag`.""")
    @APIResponse(responseCode = "200", description = "The amended referral", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "400", description = "Nothing to amend, an invalid or unknown field, a person not on the "
            + "referral, or a detail that person does not have (a household member's postcode or NHS number, an unborn "
            + "child's date of birth); nothing stored")
    @APIResponse(responseCode = "403", description = "Sees the referral but is not of the referring agency, or not a working role")
    @APIResponse(responseCode = "404", description = "No such referral you may see")
    @APIResponse(responseCode = "409", description = "The hub has decided the referral, or processing of a person on it is "
            + "restricted (`processing-restricted`); nothing stored")
    @APIResponse(responseCode = "412", description = "The referral changed since its ETag was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response amendReferral(@PathParam("id") UUID referralId,
            @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @RequestBody(description = "What to add or correct", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Amendment.class),
                            examples = { @ExampleObject(name = "new-concern", summary = "A concern the school learnt of since",
                                    value = """
                                    { "newConcerns": [ { "category": "domestic-abuse", "severity": "high", "since": "2025-04-28",
                                        "description": "Jayden told his teacher about shouting at home most nights" } ],
                                      "note": "Told us on Monday morning" }"""),
                                    @ExampleObject(name = "corrected-details",
                                    summary = "A corrected surname and date of birth, and the family's views", value = """
                                    { "corrections": [ { "personId": "5f1c0a6e-2b7d-4c3a-9e81-0d4f6a2b7c19",
                                        "lastName": "Whitfield-Hart",
                                        "dateOfBirth": "2012-09-03" } ],
                                      "familyViews": "Mum now agrees to meet the family support worker at home",
                                      "note": "The school office had the surname before the marriage" }""") }))
            @Valid @NotNull Amendment amendment) {
        ReferralView amended = amendments.amend(referralId, amendment, caller.get(), ifMatch);
        return Response.ok(amended).tag(ETags.of(amended.version())).build();
    }
}
