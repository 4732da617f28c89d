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
import org.earlyhelp.directory.taxonomy.TaxonomyForm;
import org.earlyhelp.directory.taxonomy.TaxonomyTermForm;
import org.earlyhelp.platform.idempotency.Idempotent;
import io.quarkus.resteasy.reactive.jackson.CustomSerialization;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Directory admins maintain taxonomies and their (hierarchical) terms. Terms are never deleted. */
@Path("/api/directory")
@RolesAllowed(AdminRoles.DIRECTORY_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Directory admin: taxonomy")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "Not a directory admin")
@CustomSerialization(ApiFieldNames.class)
class TaxonomyAdminResource {

    private final DirectoryAdmin admin;

    TaxonomyAdminResource(DirectoryAdmin admin) {
        this.admin = admin;
    }

    @POST
    @Path("taxonomies")
    @Idempotent
    @Operation(summary = "Add a taxonomy; honours Idempotency-Key")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = Oruk.Taxonomy.class)))
    public Response createTaxonomy(@Valid @NotNull TaxonomyForm form) {
        Versioned<Oruk.Taxonomy> created = admin.createTaxonomy(form);
        return Response.created(URI.create("/api/directory/taxonomies/" + created.body().id()))
                .entity(created.body()).tag(ChangeLog.etag(created.version())).build();
    }

    @GET
    @Path("taxonomies/{id}")
    @Operation(summary = "A taxonomy; ETag carries its version")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Oruk.Taxonomy.class)))
    public Response getTaxonomy(@PathParam("id") UUID id) {
        return IfMatch.ok(admin.taxonomy(id)).build();
    }

    @PUT
    @Path("taxonomies/{id}")
    @Operation(summary = "Change a taxonomy (If-Match required)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Oruk.Taxonomy.class)))
    @APIResponse(responseCode = "412", description = "Changed meanwhile")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response updateTaxonomy(@PathParam("id") UUID id, @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid @NotNull TaxonomyForm form) {
        return IfMatch.ok(admin.updateTaxonomy(id, IfMatch.version(ifMatch), form)).build();
    }

    @POST
    @Path("taxonomy-terms")
    @Idempotent
    @Operation(summary = "Add a term to a taxonomy, optionally below another term; honours Idempotency-Key")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = Oruk.TaxonomyTerm.class)))
    @APIResponse(responseCode = "409", description = "The taxonomy already has a term with this code")
    @APIResponse(responseCode = "422", description = "The taxonomy or parent does not exist, or the parent is in another taxonomy")
    public Response createTerm(@Valid @NotNull TaxonomyTermForm form) {
        Versioned<Oruk.TaxonomyTerm> created = admin.createTerm(form);
        return Response.created(URI.create("/api/directory/taxonomy-terms/" + created.body().id()))
                .entity(created.body()).tag(ChangeLog.etag(created.version())).build();
    }

    @GET
    @Path("taxonomy-terms/{id}")
    @Operation(summary = "A taxonomy term; ETag carries its version")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Oruk.TaxonomyTerm.class)))
    public Response getTerm(@PathParam("id") UUID id) {
        return IfMatch.ok(admin.term(id)).build();
    }

    @PUT
    @Path("taxonomy-terms/{id}")
    @Operation(summary = "Change a term, e.g. move it below another one (If-Match required)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Oruk.TaxonomyTerm.class)))
    @APIResponse(responseCode = "412", description = "Changed meanwhile")
    @APIResponse(responseCode = "422", description = "The move would make a cycle or leave the taxonomy")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response updateTerm(@PathParam("id") UUID id, @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid @NotNull TaxonomyTermForm form) {
        return IfMatch.ok(admin.updateTerm(id, IfMatch.version(ifMatch), form)).build();
    }
}
