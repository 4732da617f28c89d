package org.earlyhelp.consent.decision;

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

@Path("/api/sharing-decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sharing decisions", description = "May an agency receive this data about this person for this purpose? Every answer is kept.")
class SharingDecisionResource {

    private final DecisionService decisions;
    private final CurrentCaller caller;

    SharingDecisionResource(DecisionService decisions, CurrentCaller caller) {
        this.decisions = decisions;
        this.caller = caller;
    }

    @POST
    @Idempotent
    @RolesAllowed({ Roles.PRACTITIONER, Roles.HUB_TRIAGE, Roles.CASE_LEAD, Roles.PARTNER_SYSTEM, Roles.SHARING_RECHECK })
    @Operation(operationId = "decideSharing", summary = "Ask for a sharing decision",
            description = """
                    Answers `permit` or `deny` with the basis (the consent and version, or the lawful basis) or the reasons for \
                    the deny; the decision is stored and audited either way. A lawful basis in force permits; otherwise deny wins \
                    over permit; withdrawn and expired consents never permit. Safe to retry with the same `Idempotency-Key`.

                    Asked by those who reach the person (an agency taking part for them, through a working role, or the hub's \
                    triage for the area of a referral about them); a partner system only about its own agency receiving. The \
                    recipient is named by its code; its type is the agency register's.""")
    @APIResponse(responseCode = "201", description = "The decision (permit or deny)", headers = @Header(name = "Location"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed fields, unknown purpose or category", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not ask", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No person you reach has this id (or, for a partner system, the recipient is not its agency)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The recipient's code is not in the agency register, or this Idempotency-Key was used for another question", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response decide(@NotNull @Valid QuestionBody question) {
        DecisionView decision = decisions.decide(caller.get(), question);
        return Response.created(URI.create("/api/sharing-decisions/" + decision.id())).entity(decision).build();
    }

    @GET
    @RolesAllowed({ Roles.PRACTITIONER, Roles.HUB_TRIAGE, Roles.CASE_LEAD, Roles.AUDITOR })
    @Operation(operationId = "listSharingDecisions", summary = "List sharing decisions you may see, newest first")
    @APIResponse(responseCode = "200", description = "A page of decisions")
    @APIResponse(responseCode = "400", description = "Bad person id or paging", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not read decisions", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<DecisionView> list(
            @Parameter(description = "Only decisions about this person", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("person") String person,
            @BeanParam @Valid PageRequest page) {
        return decisions.search(caller.get(), uuid(person), page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.HUB_TRIAGE, Roles.CASE_LEAD, Roles.AUDITOR, Roles.PARTNER_SYSTEM })
    @Operation(operationId = "readSharingDecision", summary = "Read a sharing decision")
    @APIResponse(responseCode = "200", description = "The decision", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "400", description = "Not a UUID", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not read decisions", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such decision, or not one you may see", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DecisionView read(@PathParam("id") UUID id) {
        return decisions.find(caller.get(), id);
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("person must be a UUID");
        }
    }
}
