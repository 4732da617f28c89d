package org.earlyhelp.referral.onward;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

/** The hub's signposting decision on a referral: one onward referral per chosen directory service. */
@Path("/api/referrals/{id}/signpost")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Onward referrals")
class SignpostResource {

    private final OnwardReferralService onward;
    private final CurrentCaller caller;

    SignpostResource(OnwardReferralService onward, CurrentCaller caller) {
        this.onward = onward;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Reach.HUB_TRIAGE)
    @Operation(summary = "Signpost the referral to directory services",
            description = """
                    The hub decides a referral in triage by referring it on: in-triage → signposted, and one onward referral \
                    per directory service chosen (up to 10). Each onward referral carries only what consent-service permits \
                    for the agency that runs the service, and waits with nothing shared (`awaiting-consent`) until something \
                    is permitted.""")
    @APIResponse(responseCode = "200", description = "The signposted referral, with its onward referrals", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "404", description = "No such referral you triage")
    @APIResponse(responseCode = "409", description = "The referral is not in triage, or shows immediate risk")
    @APIResponse(responseCode = "422", description = "A service not in the directory, or run by an organisation not on the platform")
    public Response signpostReferral(@PathParam("id") UUID id,
            @Parameter(description = "The referral's `ETag`, as read: 412 when the referral changed since, 428 when missing.")
            @HeaderParam("If-Match") String ifMatch,
            @RequestBody(description = "Why, and the directory services to refer on to", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Signposting.class),
                            examples = @ExampleObject(name = "one-service", value = """
                                    {
                                      "reason": "Needs are parenting and routines; the family agreed to a family support service",
                                      "services": [
                                        { "serviceId": "5b0d3f64-2f7a-4c1e-9a1b-8f7e6d5c4b3a", "note": "Mum prefers home visits after 3pm" }
                                      ]
                                    }""")))
            @Valid @NotNull Signposting signposting) {
        ReferralView view = onward.signpost(id, signposting, caller.get(), ifMatch);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }
}
