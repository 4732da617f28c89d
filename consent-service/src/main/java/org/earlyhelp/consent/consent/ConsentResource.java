package org.earlyhelp.consent.consent;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.consent.participation.Roles;
import org.earlyhelp.consent.sharing.ConsentStatus;
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

/** Consent records: thin HTTP over {@link ConsentService}; versions travel as ETag / If-Match. */
@Path("/api/consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Consents", description = "Consent records (shaped like FHIR R4 Consent), their versions and withdrawal")
class ConsentResource {

    private final ConsentService consents;
    private final CurrentCaller caller;

    ConsentResource(ConsentService consents, CurrentCaller caller) {
        this.consents = consents;
        this.caller = caller;
    }

    @POST
    @Idempotent
    @RolesAllowed({ Roles.PRACTITIONER, Roles.HUB_TRIAGE, Roles.CASE_LEAD })
    @Operation(operationId = "recordConsent", summary = "Record a consent given or refused",
            description = "By a practitioner or case lead of an agency taking part for the person, or the hub's triage for the area "
                    + "of a referral about the person. Recording does not make your agency a participant. "
                    + "Honours `Idempotency-Key`: a retry returns the first response.")
    @APIResponse(responseCode = "201", description = "Recorded as version 1",
            headers = { @Header(name = "ETag", description = "The version, quoted"), @Header(name = "Location") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed fields, unknown codes or fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not record consent", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No person you reach has this id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The consent breaks a rule (e.g. a permit that does not name what it permits, a period already over)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@NotNull @Valid ConsentBody body) {
        ConsentView recorded = consents.record(caller.get(), body);
        return Response.created(URI.create("/api/consents/" + recorded.id())).tag(ETags.of(recorded.version()))
                .entity(recorded).build();
    }

    @GET
    @RolesAllowed({ Roles.PRACTITIONER, Roles.HUB_TRIAGE, Roles.CASE_LEAD, Roles.AUDITOR })
    @Operation(operationId = "listConsents", summary = "List consent records you may see, newest first",
            description = "Consents about people your agency takes part for (through a working role: practitioner, case lead, "
                    + "partner system), or of the areas you screen for the hub; an auditor sees those a recorded sharing decision rests on.")
    @APIResponse(responseCode = "200", description = "A page of consents")
    @APIResponse(responseCode = "400", description = "Bad person id, status or paging", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not read consent", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ConsentView> list(
            @Parameter(description = "Only consents about this person", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("person") String person,
            @Parameter(description = "Only consents in this status now", schema = @Schema(enumeration = { "active", "refused", "withdrawn", "expired" }))
            @QueryParam("status") String status,
            @BeanParam @Valid PageRequest page) {
        return consents.search(caller.get(), uuid("person", person), status(status), page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.HUB_TRIAGE, Roles.CASE_LEAD, Roles.AUDITOR })
    @Operation(operationId = "readConsent", summary = "Read a consent record (current version)",
            description = "With `Accept: application/fhir+json`, the record as a FHIR R4 Consent resource.")
    @APIResponse(responseCode = "200", description = "The consent", headers = @Header(name = "ETag", description = "The version, quoted"),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsentView.class)),
                    @Content(mediaType = FhirConsent.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT, description = "FHIR R4 Consent")) })
    @APIResponse(responseCode = "400", description = "Not a UUID", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not read consent", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such consent, or not one you may see", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response read(@PathParam("id") UUID id) {
        ConsentView consent = consents.find(caller.get(), id);
        return Response.ok(consent).tag(ETags.of(consent.version())).build();
    }

    @GET
    @Path("{id}")
    @Produces(FhirConsent.MEDIA_TYPE)
    @RolesAllowed({ Roles.PRACTITIONER, Roles.HUB_TRIAGE, Roles.CASE_LEAD, Roles.AUDITOR })
    @Operation(hidden = true)
    public Response readAsFhir(@PathParam("id") UUID id) {
        return fhir(id);
    }

    @GET
    @Path("{id}/fhir")
    @Produces(FhirConsent.MEDIA_TYPE)
    @RolesAllowed({ Roles.PRACTITIONER, Roles.HUB_TRIAGE, Roles.CASE_LEAD, Roles.AUDITOR })
    @Operation(operationId = "exportConsentAsFhir", summary = "Export a consent record as a FHIR R4 Consent resource")
    @APIResponse(responseCode = "200", description = "FHIR R4 Consent",
            content = @Content(mediaType = FhirConsent.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "400", description = "Not a UUID", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not read consent", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such consent, or not one you may see", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response exportFhir(@PathParam("id") UUID id) {
        return fhir(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.HUB_TRIAGE, Roles.CASE_LEAD })
    @Operation(operationId = "amendConsent", summary = "Amend a consent record: the body becomes its next version",
            description = "Requires `If-Match` with the ETag of the version you read. Withdrawn and expired consents cannot change.")
    @APIResponse(responseCode = "200", description = "The new version", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not change consent", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such consent, or not one you may see", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The consent is withdrawn or expired", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version (the ETag header does)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The new version breaks a rule", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response amend(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the version being changed", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ConsentBody body) {
        ConsentView amended = consents.amend(caller.get(), id, ETags.required(ifMatch), body);
        return Response.ok(amended).tag(ETags.of(amended.version())).build();
    }

    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.HUB_TRIAGE, Roles.CASE_LEAD })
    @Operation(operationId = "withdrawConsent", summary = "Withdraw a consent (or lift a refusal), with effect from now",
            description = """
                    Every sharing decision from now on treats it as withdrawn, and `consent.withdrawn` goes out on the feed to the \
                    agencies concerned. `If-Match` is checked when sent but not required: a family's withdrawal must never wait \
                    for a caller to reload.""")
    @APIResponse(responseCode = "200", description = "The withdrawn version", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not withdraw consent", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such consent, or not one you may see", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already withdrawn or expired", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match sent and out of date", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response withdraw(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the version being withdrawn (optional)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid WithdrawalBody body) {
        ConsentView withdrawn = consents.withdraw(caller.get(), id, ETags.optional(ifMatch), body);
        return Response.ok(withdrawn).tag(ETags.of(withdrawn.version())).build();
    }

    @GET
    @Path("{id}/versions")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.HUB_TRIAGE, Roles.CASE_LEAD, Roles.AUDITOR })
    @Operation(operationId = "listConsentVersions", summary = "The history of a consent record, newest version first")
    @APIResponse(responseCode = "200", description = "A page of versions")
    @APIResponse(responseCode = "400", description = "Not a UUID, or bad paging", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not read consent", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such consent, or not one you may see", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ConsentVersionView> versions(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return consents.versions(caller.get(), id, page);
    }

    @GET
    @Path("{id}/versions/{version}")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.HUB_TRIAGE, Roles.CASE_LEAD, Roles.AUDITOR })
    @Operation(operationId = "readConsentVersion", summary = "One version of a consent record, as it read then (the version a sharing decision names)")
    @APIResponse(responseCode = "200", description = "The version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsentVersionView.class)))
    @APIResponse(responseCode = "400", description = "Not a UUID or version number", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not read consent", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such consent or version, or not one you may see", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ConsentVersionView version(@PathParam("id") UUID id, @PathParam("version") int version) {
        return consents.version(caller.get(), id, version);
    }

    private Response fhir(UUID id) {
        return Response.ok(consents.exportFhir(caller.get(), id), FhirConsent.MEDIA_TYPE).build();
    }

    private static UUID uuid(String name, String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(name + " must be a UUID");
        }
    }

    private static ConsentStatus status(String value) {
        try {
            return value == null ? null : ConsentStatus.of(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("status must be one of active, refused, withdrawn, expired");
        }
    }
}
