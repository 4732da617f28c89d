package org.earlyhelp.consent.dataprotection;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.platform.http.Problem;
import org.earlyhelp.platform.identity.CurrentCaller;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A data protection officer's requests about a person: thin HTTP over {@link PersonRequests}. */
@Path("/api/people/{personId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Data protection officer", description = "Subject access, rectification, restriction and erasure on request (decision 0062)")
class PersonRequestResource {

    private final PersonRequests requests;
    private final CurrentCaller caller;
    private final JsonWebToken token;

    PersonRequestResource(PersonRequests requests, CurrentCaller caller, JsonWebToken token) {
        this.requests = requests;
        this.caller = caller;
        this.token = token;
    }

    @POST
    @Path("rectification")
    @Operation(operationId = "rectifyPerson", summary = "Correct a person's identifying details everywhere (data protection officers only)",
            description = "Corrects the copies kept with the person's consents and publishes `person.rectified`, which every service "
                    + "follows for the person and everyone it links to them. The reason is kept sealed, never published.")
    @APIResponse(responseCode = "200", description = "Kept and published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonRequestView.class)))
    @APIResponse(responseCode = "400", description = "Missing reason, malformed fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a data protection officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Nothing to correct", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PersonRequestView rectify(@PathParam("personId") UUID personId, @NotNull @Valid RectificationBody body) {
        return requests.rectify(caller.get(), personId, body);
    }

    @GET
    @Path("restriction")
    @Operation(operationId = "readRestriction", summary = "Whether processing of a person's data is restricted, and its history (data protection officers only)")
    @APIResponse(responseCode = "200", description = "The restriction now and every restriction and lift",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RestrictionView.class)))
    @APIResponse(responseCode = "400", description = "Not a UUID", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a data protection officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestrictionView restriction(@PathParam("personId") UUID personId) {
        return requests.restriction(caller.get(), personId);
    }

    @POST
    @Path("restriction")
    @Operation(operationId = "restrictPerson", summary = "Restrict processing of a person's data (data protection officers only)",
            description = "UK GDPR Art. 18: no sharing decision about the person permits, their records are kept but not changed, "
                    + "every view says `restricted: true`. Publishes `person.restricted`.")
    @APIResponse(responseCode = "200", description = "Restricted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonRequestView.class)))
    @APIResponse(responseCode = "400", description = "Missing reason", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a data protection officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already restricted", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PersonRequestView restrict(@PathParam("personId") UUID personId, @NotNull @Valid ReasonBody body) {
        return requests.restrict(caller.get(), personId, body.reason());
    }

    @POST
    @Path("restriction/lift")
    @Operation(operationId = "liftRestriction", summary = "Lift the restriction of a person's data (data protection officers only)",
            description = "Publishes `person.restriction-lifted`.")
    @APIResponse(responseCode = "200", description = "Lifted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonRequestView.class)))
    @APIResponse(responseCode = "400", description = "Missing reason", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a data protection officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not restricted", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PersonRequestView lift(@PathParam("personId") UUID personId, @NotNull @Valid ReasonBody body) {
        return requests.lift(caller.get(), personId, body.reason());
    }

    @POST
    @Path("erasure")
    @Operation(operationId = "erasePerson", summary = "Erase a person everywhere, or list what that would erase (data protection officers only)",
            description = "`dryRun: true` asks every context what erasing the person would erase there (every context must answer). "
                    + "Otherwise erases every record naming the person here, publishes `person.erased` for every other service to "
                    + "do the same, and answers 202 with what each context listed. Refused while the person, or anyone linked to "
                    + "them, is a member of an open case.")
    @APIResponse(responseCode = "200", description = "Dry run: what each context would erase",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErasureView.class)))
    @APIResponse(responseCode = "202", description = "Erased here; every other service erases when it reads person.erased",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErasureView.class)))
    @APIResponse(responseCode = "400", description = "Missing reason or dryRun", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a data protection officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "`open-case`: the person is a member of an open case", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Dry run: a context did not answer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response erase(@PathParam("personId") UUID personId, @NotNull @Valid ErasureBody body) {
        if (body.dryRun()) {
            return Response.ok(requests.erasurePreview(caller.get(), bearer(), personId)).build();
        }
        return Response.accepted(requests.erase(caller.get(), bearer(), personId, body.reason())).build();
    }

    private String bearer() {
        return "Bearer " + token.getRawToken();
    }
}
