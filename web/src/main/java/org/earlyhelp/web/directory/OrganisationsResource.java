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
import org.earlyhelp.web.referrals.Ids;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.qute.Template;

/**
 * Directory admin's organisations: find one, add one, change one with the version it was read at (If-Match: if
 * someone changed it meanwhile, the page says so, shows it as it is now and changes nothing), and add a service to
 * one. The directory API decides who may; only directory admins can.
 */
@Path("/directory-admin/organisations")
@Produces(MediaType.TEXT_HTML)
public class OrganisationsResource {

    private static final List<String> ORGANISATION = List.of("name", "description", "email", "website", "etag");
    private static final List<String> SERVICE = List.of("name", "description", "url", "email", "minimumAge", "maximumAge");
    /** Fields of an organisation the form does not show, kept as they are when it is changed (the API replaces the whole). */
    private static final List<String> KEPT = List.of("logo", "uri", "parentOrganizationId", "agencyCode");
    private static final Map<String, String> ORGANISATION_FIELDS = Map.of("name", "name", "description", "description",
            "email", "email", "website", "website");
    private static final Map<String, String> SERVICE_FIELDS = Map.of("name", "name", "description", "description", "url", "url",
            "email", "email", "minimumAge", "minimumAge", "maximumAge", "maximumAge");

    private final Gateway gateway;
    private final ObjectMapper json;
    private final Template directoryOrganisations;
    private final Template directoryOrganisation;
    private final Template directoryServiceNew;
    private final RecordChanges organisations;
    private final RecordChanges services;

    OrganisationsResource(Gateway gateway, ObjectMapper json, Template directoryOrganisations, Template directoryOrganisation,
            Template directoryServiceNew, Template error) {
        this.gateway = gateway;
        this.json = json;
        this.directoryOrganisations = directoryOrganisations;
        this.directoryOrganisation = directoryOrganisation;
        this.directoryServiceNew = directoryServiceNew;
        this.organisations = new RecordChanges(gateway, error, "/api/directory/organizations", "/directory-admin/organisations",
                "/directory-admin/organisations", ORGANISATION_FIELDS, "name");
        this.services = new RecordChanges(gateway, error, "/api/directory/services", "/directory-admin/services",
                "/directory-admin/organisations", SERVICE_FIELDS, "name");
    }

    @GET
    public Response list(@QueryParam("search") String search) {
        String words = search == null ? "" : search.trim();
        ApiResponse answer = gateway.get(Query.of().with("search", words).with("per_page", 50).on("/oruk/organizations"));
        if (!answer.ok()) {
            return organisations.problem(answer, "/directory-admin");
        }
        return Response.ok(directoryOrganisations.data("search", words).data("items", JsonValues.value(answer.body().path("contents")))
                .data("total", answer.body().path("total_items").asLong())).build();
    }

    @GET
    @Path("new")
    public Response newForm() {
        return newPage(new Answers(), new Answers(), 200);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> posted) {
        Answers form = Answers.from(posted, ORGANISATION);
        return organisations.add(form, check(form), () -> body(form, MissingNode.getInstance()), this::newPage);
    }

    private Response newPage(Answers form, Answers errors, int status) {
        return Response.status(status).entity(directoryOrganisation.data("organisation", MissingNode.getInstance()).data("form", form)
                .data("errors", errors).data("changed", "")).build();
    }

    @GET
    @Path("{id}")
    public Response show(@PathParam("id") String id, @QueryParam("changed") String changed) {
        return page(id, null, new Answers(), 200, changed);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Answers form = Answers.from(posted, ORGANISATION);
        return organisations.change(id, form, check(form), now -> body(form, now),
                (typed, errors, status) -> page(id, typed, errors, status, null));
    }

    @GET
    @Path("{id}/services/new")
    public Response newService(@PathParam("id") String id) {
        return servicePage(id, new Answers(), new Answers(), 200);
    }

    @POST
    @Path("{id}/services/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createService(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Answers form = Answers.from(posted, SERVICE);
        if (!Ids.isUuid(id)) {
            return organisations.notFound();
        }
        return services.add(form, ServiceQuestions.checkNameAndAges(form), () -> newService(id, form),
                (typed, errors, status) -> servicePage(id, typed, errors, status));
    }

    /** A new service of the organisation: the little the first page asks; the rest is added on its edit page. */
    private ObjectNode newService(String organisation, Answers form) {
        ObjectNode body = json.createObjectNode().put("organizationId", organisation).put("name", form.get("name"));
        putIfGiven(body, "description", form.get("description"));
        putIfGiven(body, "url", form.get("url"));
        putIfGiven(body, "email", form.get("email"));
        for (String age : List.of("minimumAge", "maximumAge")) {
            if (form.has(age)) {
                body.put(age, Integer.parseInt(form.get(age)));
            }
        }
        return body;
    }

    private Response servicePage(String id, Answers form, Answers errors, int status) {
        return organisations.read(id, (organisation, etag) -> Response.status(status)
                .entity(directoryServiceNew.data("organisation", organisation).data("form", form).data("errors", errors)).build());
    }

    /** The organisation as the API has it now, with what the person typed (and the version they opened) when given. */
    private Response page(String id, Answers typed, Answers errors, int status, String changed) {
        return organisations.read(id, (organisation, etag) -> {
            Answers form = typed != null ? typed
                    : new Answers().put("name", organisation.path("name").asText(""))
                            .put("description", organisation.path("description").asText(""))
                            .put("email", organisation.path("email").asText("")).put("website", organisation.path("website").asText(""))
                            .put("etag", etag);
            return Response.status(status).entity(directoryOrganisation.data("organisation", organisation).data("form", form)
                    .data("errors", errors).data("changed", changed == null ? "" : changed)).build();
        });
    }

    private static Answers check(Answers form) {
        Answers errors = new Answers();
        if (!form.has("name")) {
            errors.put("name", "Enter the organisation's name");
        }
        if (!form.has("description")) {
            errors.put("description", "Describe the organisation");
        }
        return errors;
    }

    private ObjectNode body(Answers form, JsonNode current) {
        ObjectNode body = json.createObjectNode().put("name", form.get("name")).put("description", form.get("description"));
        putIfGiven(body, "email", form.get("email"));
        putIfGiven(body, "website", form.get("website"));
        for (String kept : KEPT) {
            if (current.path(kept).isTextual() && !current.path(kept).asText().isBlank()) {
                body.put(kept, current.path(kept).asText());
            }
        }
        return body;
    }

    private static void putIfGiven(ObjectNode body, String field, String value) {
        if (value != null && !value.isBlank()) {
            body.put(field, value);
        }
    }
}
