package org.earlyhelp.cases.family;

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

import org.earlyhelp.cases.casefile.CaseAccess;
import org.earlyhelp.cases.casefile.Changed;
import org.earlyhelp.cases.casefile.NewPerson;
import org.earlyhelp.cases.casefile.PersonView;
import org.earlyhelp.cases.team.RefusalProblem;
import org.earlyhelp.platform.http.Problem;
import org.earlyhelp.platform.idempotency.Idempotent;
import org.earlyhelp.platform.identity.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Family members added by hand. */
@Path("/api/cases/{id}/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
class FamilyResource {

    private final FamilyService family;
    private final CurrentCaller caller;

    FamilyResource(FamilyService family, CurrentCaller caller) {
        this.family = family;
        this.caller = caller;
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CaseAccess.CASE_LEAD)
    @Operation(summary = "Add a family member by hand (a new baby, a partner)",
            description = """
                    A case lead of the lead agency. Every team member that joined on a sharing decision must be permitted to \
                    see the person too (409 / 503 with `refusals` otherwise). Publishes `case.person-added` (for services only). \
                    `If-Match` checked when sent; `Idempotency-Key` honoured.""")
    @APIResponse(responseCode = "201", description = "The person, with their person id", headers = { @Header(name = "ETag") })
    @APIResponse(responseCode = "409", description = "Already on the case, sharing denied for a member, or the case is closed, or a person on the case is restricted (`processing-restricted`)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = RefusalProblem.class)))
    public Response addPerson(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull NewPerson person) {
        Changed<PersonView> added = family.addPerson(id, person, caller.get(), ifMatch);
        return added.created("/api/cases/" + id);
    }
}
