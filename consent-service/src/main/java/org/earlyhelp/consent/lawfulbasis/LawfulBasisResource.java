package org.earlyhelp.consent.lawfulbasis;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.consent.participation.Roles;
import org.earlyhelp.platform.idempotency.Idempotent;
import org.earlyhelp.platform.identity.CurrentCaller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.earlyhelp.platform.http.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/lawful-bases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Lawful bases", description = "Decisions to share without consent: risk of significant harm, crime, vital interests, legal obligation")
class LawfulBasisResource {

    private final LawfulBasisService lawfulBases;
    private final CurrentCaller caller;

    LawfulBasisResource(LawfulBasisService lawfulBases, CurrentCaller caller) {
        this.lawfulBases = lawfulBases;
        this.caller = caller;
    }

    @POST
    @Idempotent
    @RolesAllowed({ Roles.HUB_TRIAGE, Roles.CASE_LEAD })
    @Operation(operationId = "recordLawfulBasis", summary = "Record a lawful basis for sharing without consent (hub triage and case leads only)",
            description = "About a person you reach (hub triage for the area of a referral about them; a case lead of an agency "
                    + "taking part for them); recording does not make your agency a participant. Needs a justification and the person who decided; optionally time-limited. Sharing decisions within its scope "
                    + "are then permitted, even against a refusal. Honours `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Recorded", headers = @Header(name = "Location"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LawfulBasisView.class)))
    @APIResponse(responseCode = "400", description = "Missing justification, decision maker, scope, or malformed fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only hub triage and case leads may record a lawful basis", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No person you reach has this id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Already expired", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@NotNull @Valid LawfulBasisBody body) {
        LawfulBasisView recorded = lawfulBases.record(caller.get(), body);
        return Response.created(URI.create("/api/lawful-bases/" + recorded.id())).entity(recorded).build();
    }

    @GET
    @RolesAllowed({ Roles.PRACTITIONER, Roles.HUB_TRIAGE, Roles.CASE_LEAD, Roles.AUDITOR })
    @Operation(operationId = "listLawfulBases", summary = "List lawful bases you may see, newest first",
            description = "About people you reach: as hub triage or a case lead, all of them; otherwise those your agency recorded. "
                    + "An auditor sees those a recorded sharing decision rests on.")
    @APIResponse(responseCode = "200", description = "A page of lawful bases")
    @APIResponse(responseCode = "400", description = "Bad person id or paging", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not read lawful bases", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<LawfulBasisView> list(
            @Parameter(description = "Only those about this person", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("person") String person,
            @BeanParam @Valid PageRequest page) {
        return lawfulBases.search(caller.get(), uuid(person), page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.HUB_TRIAGE, Roles.CASE_LEAD, Roles.AUDITOR })
    @Operation(operationId = "readLawfulBasis", summary = "Read a lawful basis")
    @APIResponse(responseCode = "200", description = "The lawful basis", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LawfulBasisView.class)))
    @APIResponse(responseCode = "400", description = "Not a UUID", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not read lawful bases", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such lawful basis, or not one you may see", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LawfulBasisView read(@PathParam("id") UUID id) {
        return lawfulBases.find(caller.get(), id);
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("person must be a UUID");
        }
    }
}
