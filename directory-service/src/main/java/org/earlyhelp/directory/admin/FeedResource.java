package org.earlyhelp.directory.admin;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.directory.importing.FeedExport;
import org.earlyhelp.directory.importing.FeedImport;
import org.earlyhelp.directory.oruk.Oruk;
import org.earlyhelp.platform.http.Problem;
import org.earlyhelp.platform.http.ProblemKind;
import org.earlyhelp.platform.http.RequestIds;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

/** Bulk exchange with other ORUK publishers: import a feed (all or nothing), export the directory. */
@Path("/api/directory")
@RolesAllowed(AdminRoles.DIRECTORY_ADMIN)
@Tag(name = "Directory admin: import and export")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "Not a directory admin")
class FeedResource {

    static final URI INVALID_FEED = ProblemKind.INVALID_FEED.type();

    private final FeedImport importer;
    private final FeedExport exporter;

    FeedResource(FeedImport importer, FeedExport exporter) {
        this.importer = importer;
        this.exporter = exporter;
    }

    @POST
    @Path("imports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import an ORUK feed: an array of fully nested services, or an ORUK page of them",
            description = """
                    Validated against the ORUK 3.0 schemas and the directory's rules before anything is stored; stored in \
                    one transaction. Services, organisations and locations in the feed replace the directory's (by id); \
                    taxonomy terms the feed names must exist or come with an existing taxonomy_id. A refused feed answers 422 \
                    with a violation per problem, each with its JSON path (e.g. $.contents[3].status), and leaves nothing behind.""")
    @APIResponse(responseCode = "200", description = "Imported",
            content = @Content(schema = @Schema(implementation = FeedImport.Report.class)))
    @APIResponse(responseCode = "422", description = "Refused; nothing stored")
    public Response importFeed(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(description = "An ORUK feed: an array of fully nested services, or an ORUK page of them",
                    oneOf = { Oruk.Service[].class, Oruk.Page.class }))) JsonNode feed) {
        try {
            return Response.ok(importer.importFeed(feed)).build();
        } catch (FeedImport.Rejected rejected) {
            List<Problem.Violation> violations = rejected.violations().stream()
                    .map(v -> new Problem.Violation(v.path(), v.message())).toList();
            Problem problem = new Problem(INVALID_FEED, "Unprocessable Content", 422, rejected.getMessage() + "; nothing was imported",
                    "/api/directory/imports", RequestIds.current(), violations);
            return Response.status(422).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
    }

    @GET
    @Path("export")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every service, fully nested, whatever its status, as an ORUK feed that imports again")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Oruk.Service.class)))
    public List<Oruk.Service> export() {
        return exporter.all();
    }
}
