package org.earlyhelp.directory.admin;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.directory.change.ChangeLog;
import org.earlyhelp.directory.organization.OrganizationForm;
import org.earlyhelp.directory.oruk.Oruk;
import org.earlyhelp.platform.idempotency.Idempotent;
import io.quarkus.resteasy.reactive.jackson.CustomSerialization;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Directory admins maintain organisations, including the platform agency that receives their referrals. */
@Path("/api/directory/organizations")
@RolesAllowed(AdminRoles.DIRECTORY_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Directory admin: organisations")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "Not a directory admin")
@CustomSerialization(ApiFieldNames.class)
class OrganizationAdminResource {

    private final DirectoryAdmin admin;

    OrganizationAdminResource(DirectoryAdmin admin) {
        this.admin = admin;
    }

    @POST
    @Idempotent
    @Operation(summary = "Add an organisation; honours Idempotency-Key")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = Oruk.Organization.class)))
    @APIResponse(responseCode = "409", description = "The agency code is already linked to another organisation")
    public Response createOrganization(@Valid @NotNull OrganizationForm form) {
        Versioned<Oruk.Organization> created = admin.createOrganization(form);
        return Response.created(URI.create("/api/directory/organizations/" + created.body().id()))
                .entity(created.body()).tag(ChangeLog.etag(created.version())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An organisation; ETag carries its version")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Oruk.Organization.class)))
    @APIResponse(responseCode = "404", description = "No such organisation")
    public Response getOrganization(@PathParam("id") UUID id) {
        return IfMatch.ok(admin.organization(id)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an organisation (If-Match required)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Oruk.Organization.class)))
    @APIResponse(responseCode = "412", description = "Changed meanwhile")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response updateOrganization(@PathParam("id") UUID id, @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid @NotNull OrganizationForm form) {
        return IfMatch.ok(admin.updateOrganization(id, IfMatch.version(ifMatch), form)).build();
    }
}
