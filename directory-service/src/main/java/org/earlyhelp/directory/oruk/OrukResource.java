package org.earlyhelp.directory.oruk;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.earlyhelp.directory.DirectoryConfig;
import org.earlyhelp.directory.search.Postcodes;
import org.earlyhelp.directory.search.Proximity;
import org.earlyhelp.directory.search.ServiceCriteria;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public Open Referral UK 3.0 API: no token needed, CORS open (see {@link OpenCors}).
 * Parameters are parsed by {@link OrukParams}; a bad one is a 400 problem naming it.
 */
@Path("/oruk")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Open Referral UK 3.0", description = "Public directory of partner services (HSDS-UK-3.0 profile)")
@APIResponse(responseCode = "400", description = "A query parameter is not valid (problem+json naming it)")
class OrukResource {

    private static final String PAGE = "Page number, from 1";
    private static final String PER_PAGE = "Items per page, 1 to the maximum (100 by default); a larger value is refused";

    private final OrukDirectory directory;
    private final Postcodes postcodes;
    private final DirectoryConfig.Oruk config;

    OrukResource(OrukDirectory directory, Postcodes postcodes, DirectoryConfig config) {
        this.directory = directory;
        this.postcodes = postcodes;
        this.config = config.oruk();
    }

    @GET
    @Path("/")
    @Operation(summary = "Information about this API and the ORUK profile it implements")
    public Oruk.ApiDetails details(@Context UriInfo uri) {
        URI base = config.publicUrl().orElse(uri.getBaseUri());
        return new Oruk.ApiDetails(Oruk.VERSION, config.profile().toString(), base.resolve("/openapi/directory?format=json").toString());
    }

    @GET
    @Path("/services")
    @Operation(summary = "Search services (paginated)", description = """
            Active and temporarily closed services unless `status` says otherwise; every filter combines with the others. \
            With `search`, best matches come first (full text over name, organisation and description, forgiving typos \
            in name and organisation); otherwise services are ordered by name. `minimal` returns id, name, status and \
            last_modified only (the schema requires name and status); `full` nests everything.""")
    public Oruk.Page<Oruk.Service> services(
            @Parameter(description = "Free text") @QueryParam("search") String search,
            @Parameter(description = PAGE) @QueryParam("page") String page,
            @Parameter(description = PER_PAGE) @QueryParam("per_page") String perPage,
            @Parameter(description = "Only json") @QueryParam("format") String format,
            @Parameter(description = "Services with this term or a term below it") @QueryParam("taxonomy_term_id") String termId,
            @Parameter(description = "Services with any term of this taxonomy") @QueryParam("taxonomy_id") String taxonomyId,
            @Parameter(description = "Services of this organisation") @QueryParam("organization_id") String organizationId,
            @Parameter(description = "Services modified at or after this date-time (or date)") @QueryParam("modified_after") String modifiedAfter,
            @Parameter(description = "Just id, name, status and last_modified") @QueryParam("minimal") String minimal,
            @Parameter(description = "Fully nested services") @QueryParam("full") String full,
            @Parameter(description = "Statuses to include, comma-separated (default: active,temporarily closed)") @QueryParam("status") String status,
            @Parameter(description = "Early Help need categories, comma-separated (any of them), e.g. housing,financial") @QueryParam("need") String need,
            @Parameter(description = "A child's age in years that the service's age range must cover") @QueryParam("age") String age,
            @Parameter(description = "A district the service covers, e.g. eastmere") @QueryParam("district") String district) {
        OrukParams.format(format);
        ServiceCriteria criteria = criteria(search, termId, taxonomyId, organizationId, modifiedAfter, status, need, age, district);
        OrukMapper.Depth depth = OrukParams.bool("minimal", minimal) ? OrukMapper.Depth.MINIMAL
                : OrukParams.bool("full", full) ? OrukMapper.Depth.FULL : OrukMapper.Depth.BASIC;
        return directory.services(criteria, depth, OrukParams.page(page), perPage(perPage));
    }

    @GET
    @Path("/services/{id}")
    @Operation(summary = "A fully nested service, whatever its status")
    @APIResponse(responseCode = "404", description = "No such service")
    public Oruk.Service service(@PathParam("id") String id) {
        return directory.service(pathId(id)).orElseThrow(() -> new NotFoundException("No service with id " + id));
    }

    @GET
    @Path("/service_at_locations")
    @Operation(summary = "Search services at locations (paginated), nearest first around a postcode", description = """
            Takes the service filters of /services. With `postcode`, results are ordered by distance from its centroid and \
            limited to services whose areas cover its district (or that name no area); with `proximity` as well, only \
            locations within that many metres are returned.""")
    public Oruk.Page<Oruk.ServiceAtLocation> sites(
            @QueryParam("search") String search,
            @QueryParam("taxonomy_term_id") String termId,
            @QueryParam("taxonomy_id") String taxonomyId,
            @QueryParam("organization_id") String organizationId,
            @QueryParam("modified_after") String modifiedAfter,
            @Parameter(description = "Fully nested services") @QueryParam("full") String full,
            @Parameter(description = PAGE) @QueryParam("page") String page,
            @Parameter(description = PER_PAGE) @QueryParam("per_page") String perPage,
            @QueryParam("format") String format,
            @Parameter(description = "A UK postcode or outward code, e.g. NS1 1EJ") @QueryParam("postcode") String postcode,
            @Parameter(description = "Distance in metres from the postcode's centroid (needs postcode)") @QueryParam("proximity") String proximity,
            @QueryParam("status") String status,
            @QueryParam("need") String need,
            @QueryParam("age") String age,
            @QueryParam("district") String district) {
        OrukParams.format(format);
        ServiceCriteria criteria = criteria(search, termId, taxonomyId, organizationId, modifiedAfter, status, need, age, district);
        return directory.sites(criteria, near(postcode, proximity), OrukParams.bool("full", full), OrukParams.page(page),
                perPage(perPage));
    }

    @GET
    @Path("/service_at_locations/{id}")
    @Operation(summary = "A service at a location, with the location and the service")
    @APIResponse(responseCode = "404", description = "No such service at location")
    public Oruk.ServiceAtLocation site(@PathParam("id") String id) {
        return directory.site(pathId(id)).orElseThrow(() -> new NotFoundException("No service at location with id " + id));
    }

    @GET
    @Path("/organizations")
    @Operation(summary = "Organisations (paginated)")
    public Oruk.Page<Oruk.Organization> organizations(
            @QueryParam("search") String search,
            @Parameter(description = "Nest each organisation's services, fully") @QueryParam("full_service") String fullService,
            @Parameter(description = "Nest each organisation's services") @QueryParam("full") String full,
            @Parameter(description = PAGE) @QueryParam("page") String page,
            @Parameter(description = PER_PAGE) @QueryParam("per_page") String perPage,
            @QueryParam("format") String format) {
        OrukParams.format(format);
        return directory.organizations(OrukParams.text("search", search), OrukParams.bool("full", full),
                OrukParams.bool("full_service", fullService), OrukParams.page(page), perPage(perPage));
    }

    @GET
    @Path("/organizations/{id}")
    @Operation(summary = "An organisation with its (active and temporarily closed) services")
    @APIResponse(responseCode = "404", description = "No such organisation")
    public Oruk.Organization organization(@PathParam("id") String id,
            @Parameter(description = "Nest the services fully") @QueryParam("full_service") String fullService) {
        return directory.organization(pathId(id), OrukParams.bool("full_service", fullService))
                .orElseThrow(() -> new NotFoundException("No organization with id " + id));
    }

    @GET
    @Path("/taxonomies")
    @Operation(summary = "Taxonomies (paginated)")
    public Oruk.Page<Oruk.Taxonomy> taxonomies(@QueryParam("search") String search,
            @Parameter(description = PAGE) @QueryParam("page") String page,
            @Parameter(description = PER_PAGE) @QueryParam("per_page") String perPage,
            @QueryParam("format") String format) {
        OrukParams.format(format);
        return directory.taxonomies(OrukParams.text("search", search), OrukParams.page(page), perPage(perPage));
    }

    @GET
    @Path("/taxonomies/{id}")
    @Operation(summary = "A taxonomy with its terms")
    @APIResponse(responseCode = "404", description = "No such taxonomy")
    public Oruk.Taxonomy taxonomy(@PathParam("id") String id) {
        return directory.taxonomy(pathId(id)).orElseThrow(() -> new NotFoundException("No taxonomy with id " + id));
    }

    @GET
    @Path("/taxonomy_terms")
    @Operation(summary = "Taxonomy terms (paginated)")
    public Oruk.Page<Oruk.TaxonomyTerm> terms(@QueryParam("search") String search,
            @Parameter(description = PAGE) @QueryParam("page") String page,
            @Parameter(description = PER_PAGE) @QueryParam("per_page") String perPage,
            @QueryParam("format") String format,
            @QueryParam("taxonomy_id") String taxonomyId,
            @Parameter(description = "Only terms at the top of their taxonomy (without a parent)") @QueryParam("top_only") String topOnly,
            @Parameter(description = "Only the terms directly below this term") @QueryParam("parent_id") String parentId) {
        OrukParams.format(format);
        return directory.terms(OrukParams.text("search", search), OrukParams.uuid("taxonomy_id", taxonomyId),
                OrukParams.uuid("parent_id", parentId), OrukParams.bool("top_only", topOnly), OrukParams.page(page),
                perPage(perPage));
    }

    @GET
    @Path("/taxonomy_terms/{id}")
    @Operation(summary = "A taxonomy term")
    @APIResponse(responseCode = "404", description = "No such term")
    public Oruk.TaxonomyTerm term(@PathParam("id") String id) {
        return directory.term(pathId(id)).orElseThrow(() -> new NotFoundException("No taxonomy term with id " + id));
    }

    private ServiceCriteria criteria(String search, String termId, String taxonomyId, String organizationId,
            String modifiedAfter, String status, String need, String age, String district) {
        List<Set<UUID>> termSets = new ArrayList<>();
        UUID term = OrukParams.uuid("taxonomy_term_id", termId);
        if (term != null) {
            termSets.add(directory.termAndBelow(term));
        }
        UUID taxonomy = OrukParams.uuid("taxonomy_id", taxonomyId);
        if (taxonomy != null) {
            termSets.add(directory.termsOf(taxonomy));
        }
        Set<String> needs = OrukParams.codes("need", need);
        if (!needs.isEmpty()) {
            termSets.add(directory.needTerms(needs));
        }
        Set<String> districts = OrukParams.codes("district", district);
        if (districts.size() > 1) {
            throw new BadRequestException("Query parameter district takes one district");
        }
        return new ServiceCriteria(OrukParams.text("search", search), OrukParams.statuses(status),
                OrukParams.uuid("organization_id", organizationId), OrukParams.instant("modified_after", modifiedAfter),
                termSets, OrukParams.optionalWhole("age", age, 0, 130),
                districts.isEmpty() ? null : districts.iterator().next());
    }

    private Proximity near(String postcode, String proximity) {
        Integer metres = OrukParams.optionalWhole("proximity", proximity, 1, 200_000);
        if (postcode == null || postcode.isBlank()) {
            if (metres != null) {
                throw new BadRequestException("Query parameter proximity needs a postcode to measure from");
            }
            return null;
        }
        String key = Postcodes.normalise(postcode)
                .orElseThrow(() -> new BadRequestException("Query parameter postcode must be a UK postcode such as NS1 1EJ"));
        return postcodes.locate(key, metres)
                .orElseThrow(() -> new BadRequestException("Postcode " + postcode.strip() + " is not one this directory knows"));
    }

    private int perPage(String value) {
        return OrukParams.perPage(value, config.defaultPerPage(), config.maxPerPage());
    }

    /** Ids are UUIDs; anything else cannot name a record, so it is simply not found. */
    private static UUID pathId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("There is nothing with id " + id);
        }
    }
}
