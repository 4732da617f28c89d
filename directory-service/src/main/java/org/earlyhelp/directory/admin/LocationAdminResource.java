package org.earlyhelp.directory.admin;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

import org.earlyhelp.directory.location.LocationForm;
import org.earlyhelp.directory.oruk.Oruk;
import org.earlyhelp.platform.idempotency.Idempotent;
import org.earlyhelp.platform.web.ETags;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import io.quarkus.resteasy.reactive.jackson.CustomSerialization;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Directory admins maintain the places services are delivered at. */
@Path("/api/directory/locations")
@RolesAllowed(AdminRoles.DIRECTORY_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Directory admin: locations")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "Not a directory admin")
@CustomSerialization(ApiFieldNames.class)
class LocationAdminResource {

    private final DirectoryAdmin admin;

    LocationAdminResource(DirectoryAdmin admin) {
        this.admin = admin;
    }

    @POST
    @Idempotent
    @Operation(summary = "Add a location; honours Idempotency-Key")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = Oruk.Location.class)))
    public Response createLocation(@Valid @NotNull LocationForm form) {
        Versioned<Oruk.Location> created = admin.createLocation(form);
        return Response.created(URI.create("/api/directory/locations/" + created.body().id()))
                .entity(created.body()).tag(ETags.of(created.version())).build();
    }

    @GET
    @Operation(summary = "The locations, by name, a page at a time; search finds words in a name or a postcode")
    public Page<Oruk.Location> listLocations(
            @Parameter(description = "Words of a location's name, or a postcode of its addresses") @QueryParam("search") @Size(max = 200) String search,
            @BeanParam @Valid PageRequest page) {
        return admin.locations(search, page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A location; ETag carries its version")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Oruk.Location.class)))
    @APIResponse(responseCode = "404", description = "No such location")
    public Response getLocation(@PathParam("id") UUID id) {
        return admin.location(id).ok().build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a location (If-Match required)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Oruk.Location.class)))
    @APIResponse(responseCode = "412", description = "Changed meanwhile")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response updateLocation(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull LocationForm form) {
        return admin.updateLocation(id, ifMatch, form).ok().build();
    }
}
