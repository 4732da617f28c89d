package org.earlyhelp.web.directory;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.web.gateway.ApiResponse;
import org.earlyhelp.web.gateway.Gateway;
import org.earlyhelp.web.pages.Answers;
import org.earlyhelp.web.pages.JsonValues;
import org.earlyhelp.web.pages.Query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.qute.Template;

/**
 * Directory admin: the taxonomy terms services are classified by (listed from the public ORUK API), a new term in one
 * of the taxonomies, and a term changed with the version it was read at: if someone changed it meanwhile, the page
 * says so, shows it as it is now and saves nothing.
 */
@Path("/directory-admin/taxonomy-terms")
@Produces(MediaType.TEXT_HTML)
public class TaxonomyTermsResource {

    private static final List<String> FIELDS = List.of("taxonomyId", "term", "name", "description", "etag");
    private static final Map<String, String> API_FIELDS = Map.of("taxonomyId", "taxonomyId", "term", "term", "name", "name",
            "description", "description");

    private final Gateway gateway;
    private final ObjectMapper json;
    private final Template directoryTerms;
    private final Template directoryTerm;
    private final RecordChanges changes;

    TaxonomyTermsResource(Gateway gateway, ObjectMapper json, Template directoryTerms, Template directoryTerm, Template error) {
        this.gateway = gateway;
        this.json = json;
        this.directoryTerms = directoryTerms;
        this.directoryTerm = directoryTerm;
        this.changes = new RecordChanges(gateway, error, "/api/directory/taxonomy-terms", "/directory-admin/taxonomy-terms",
                "/directory-admin/taxonomy-terms", API_FIELDS, "term");
    }

    @GET
    public Response list(@QueryParam("search") String search) {
        String words = search == null ? "" : search.trim();
        ApiResponse answer = gateway.get(Query.of().with("search", words).with("per_page", 50).on("/oruk/taxonomy_terms"));
        if (!answer.ok()) {
            return changes.problem(answer, "/directory-admin");
        }
        return Response.ok(directoryTerms.data("search", words).data("items", JsonValues.value(answer.body().path("contents")))
                .data("total", answer.body().path("total_items").asLong())).build();
    }

    @GET
    @Path("new")
    public Response newForm() {
        return termPage(MissingNode.getInstance(), new Answers(), new Answers(), 200, "");
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> posted) {
        Answers form = Answers.from(posted, FIELDS);
        return changes.add(form, check(form), () -> body(form, MissingNode.getInstance()),
                (typed, errors, status) -> termPage(MissingNode.getInstance(), typed, errors, status, ""));
    }

    @GET
    @Path("{id}")
    public Response show(@PathParam("id") String id, @QueryParam("changed") String changed) {
        return current(id, null, new Answers(), 200, changed);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Answers form = Answers.from(posted, FIELDS);
        return changes.change(id, form, check(form), now -> body(form, now), (typed, errors, status) -> current(id, typed, errors, status, null));
    }

    /** The term as the API has it now, with what the person typed (and the version they opened) when given. */
    private Response current(String id, Answers typed, Answers errors, int status, String changed) {
        return changes.read(id, (term, etag) -> {
            Answers form = typed != null ? typed
                    : new Answers().put("taxonomyId", term.path("taxonomyId").asText("")).put("term", term.path("term").asText(""))
                            .put("name", term.path("name").asText("")).put("description", term.path("description").asText(""))
                            .put("etag", etag);
            return termPage(term, form, errors, status, changed == null ? "" : changed);
        });
    }

    private Response termPage(JsonNode term, Answers form, Answers errors, int status, String changed) {
        ApiResponse taxonomies = gateway.get("/oruk/taxonomies?per_page=50");
        Object choices = taxonomies.ok() ? JsonValues.value(taxonomies.body().path("contents")) : List.of();
        return Response.status(status).entity(directoryTerm.data("term", term).data("form", form).data("errors", errors)
                .data("taxonomies", choices).data("changed", changed)).build();
    }

    private static Answers check(Answers form) {
        Answers errors = new Answers();
        if (!form.has("taxonomyId")) {
            errors.put("taxonomyId", "Select the taxonomy the term belongs to");
        }
        if (!form.has("term")) {
            errors.put("term", "Enter the term's code, for example debt-advice");
        }
        if (!form.has("name")) {
            errors.put("name", "Enter the term's name");
        }
        if (!form.has("description")) {
            errors.put("description", "Describe what the term covers");
        }
        return errors;
    }

    /** The term as the form says it; its parent and URI, which the form does not show, kept as they are. */
    private ObjectNode body(Answers form, JsonNode current) {
        ObjectNode body = json.createObjectNode().put("taxonomyId", form.get("taxonomyId")).put("term", form.get("term"))
                .put("name", form.get("name")).put("description", form.get("description"));
        for (String kept : List.of("parentId", "termUri")) {
            if (current.path(kept).isTextual() && !current.path(kept).asText().isBlank()) {
                body.put(kept, current.path(kept).asText());
            }
        }
        return body;
    }
}
