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
import org.earlyhelp.directory.oruk.Oruk;
import org.earlyhelp.directory.service.ServiceForm;
import org.earlyhelp.directory.service.ServiceStatus;
import org.earlyhelp.platform.idempotency.Idempotent;
import io.quarkus.resteasy.reactive.jackson.CustomSerialization;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Directory admins maintain services. Changes need {@code If-Match}; nothing is deleted, a service is retired by status. */
@Path("/api/directory/services")
@RolesAllowed(AdminRoles.DIRECTORY_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Directory admin: services")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "Not a directory admin")
@CustomSerialization(ApiFieldNames.class)
class ServiceAdminResource {

    /** The status a service moves to: inactive (deactivate), defunct (closed for good), temporarily closed or active. */
    record StatusChange(@NotNull ServiceStatus status) {
    }

    private final DirectoryAdmin admin;

    ServiceAdminResource(DirectoryAdmin admin) {
        this.admin = admin;
    }

    @POST
    @Idempotent
    @Operation(summary = "Add a service (active at once); honours Idempotency-Key")
    @APIResponse(responseCode = "201", description = "Created; ETag carries its version",
            content = @Content(schema = @Schema(implementation = Oruk.Service.class)))
    @APIResponse(responseCode = "422", description = "The organisation, a location or a term it names does not exist")
    public Response createService(@Valid @NotNull ServiceForm form) {
        Versioned<Oruk.Service> created = admin.createService(form);
        return Response.created(URI.create("/api/directory/services/" + created.body().id()))
                .entity(created.body()).tag(ChangeLog.etag(created.version())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A service, fully nested, whatever its status; ETag carries its version")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Oruk.Service.class)))
    @APIResponse(responseCode = "404", description = "No such service")
    public Response getService(@PathParam("id") UUID id) {
        return IfMatch.ok(admin.service(id)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace what the directory says about a service (If-Match required)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Oruk.Service.class)))
    @APIResponse(responseCode = "412", description = "Changed meanwhile: the If-Match version is not current")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response updateService(@PathParam("id") UUID id, @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid @NotNull ServiceForm form) {
        return IfMatch.ok(admin.updateService(id, IfMatch.version(ifMatch), form)).build();
    }

    @PUT
    @Path("{id}/status")
    @Operation(summary = "Deactivate, mark defunct, close temporarily or reactivate a service (If-Match required)",
            description = "A defunct service stays defunct (409 on any other status); nothing is ever deleted.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Oruk.Service.class)))
    @APIResponse(responseCode = "409", description = "The service is defunct")
    @APIResponse(responseCode = "412", description = "Changed meanwhile")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response changeStatus(@PathParam("id") UUID id, @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid @NotNull StatusChange change) {
        return IfMatch.ok(admin.changeStatus(id, IfMatch.version(ifMatch), change.status())).build();
    }
}
