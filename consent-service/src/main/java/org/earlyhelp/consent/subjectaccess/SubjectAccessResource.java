package org.earlyhelp.consent.subjectaccess;

import java.net.URI;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

/** Subject access requests: thin HTTP over {@link SubjectAccessRequests}. */
@Path("/api/subject-access-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Data protection officer", description = "Subject access, rectification, restriction and erasure on request (decision 0062)")
class SubjectAccessResource {

    private final SubjectAccessRequests requests;
    private final CurrentCaller caller;
    private final JsonWebToken token;

    SubjectAccessResource(SubjectAccessRequests requests, CurrentCaller caller, JsonWebToken token) {
        this.requests = requests;
        this.caller = caller;
        this.token = token;
    }

    @POST
    @Operation(operationId = "askSubjectAccess", summary = "Ask what every context holds about a person (data protection officers only)",
            description = "With `personId`: every context (referral, case, directory, consent) is asked, with your token, what it "
                    + "holds about the person in your areas and who accessed it; the result is kept sealed for one month. With "
                    + "`givenName`, `familyName` and `dateOfBirth`: referral-service's matching index gives candidates "
                    + "(status `choose-person`); choose one with `POST .../{id}/person`.")
    @APIResponse(responseCode = "201", description = "Complete, or waiting for the person to be chosen", headers = @Header(name = "Location"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubjectAccessView.class)))
    @APIResponse(responseCode = "400", description = "Malformed fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a data protection officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Neither a personId nor names and a date of birth", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "A context did not answer; nothing was stored", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response ask(@NotNull @Valid SubjectAccessBody body) {
        SubjectAccessView asked = requests.ask(caller.get(), bearer(), body);
        return Response.created(URI.create("/api/subject-access-requests/" + asked.id())).entity(asked).build();
    }

    @POST
    @Path("{id}/person")
    @Operation(operationId = "chooseSubjectAccessPerson", summary = "Choose which candidate a subject access request is about (data protection officers only)")
    @APIResponse(responseCode = "200", description = "Complete",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubjectAccessView.class)))
    @APIResponse(responseCode = "400", description = "Malformed fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a data protection officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No request of your agency has this id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The request is about a person already", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Not one of the candidates", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "A context did not answer; nothing was stored", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SubjectAccessView choose(@PathParam("id") UUID id, @NotNull @Valid PersonChoiceBody body) {
        return requests.choose(caller.get(), bearer(), id, body.personId());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "readSubjectAccessRequest", summary = "A subject access request: status, who asked, counts per context (data protection officers only)")
    @APIResponse(responseCode = "200", description = "The request",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubjectAccessView.class)))
    @APIResponse(responseCode = "400", description = "Not a UUID", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a data protection officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No request of your agency has this id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SubjectAccessView read(@PathParam("id") UUID id) {
        return requests.find(caller.get(), id);
    }

    @GET
    @Path("{id}/bundle")
    @Operation(operationId = "downloadSubjectAccessBundle", summary = "Everything gathered, as JSON: each context's records and access log, third parties apart (data protection officers only)")
    @APIResponse(responseCode = "200", description = "The bundle: requestId, personId, contexts.<context>.records and .accessLog, thirdParties",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT)))
    @APIResponse(responseCode = "400", description = "Not a UUID", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a data protection officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No request of your agency has this id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The person is not chosen yet", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public JsonNode bundle(@PathParam("id") UUID id) {
        return requests.bundle(caller.get(), id);
    }

    @GET
    @Path("{id}/document")
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "downloadSubjectAccessDocument", summary = "Everything gathered, as a page to read: a section per context, the access log, third parties apart (data protection officers only)")
    @APIResponse(responseCode = "200", description = "The document", content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 10000000)))
    @APIResponse(responseCode = "400", description = "Not a UUID", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a data protection officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No request of your agency has this id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The person is not chosen yet", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String document(@PathParam("id") UUID id) {
        return requests.document(caller.get(), id);
    }

    private String bearer() {
        return "Bearer " + token.getRawToken();
    }
}
