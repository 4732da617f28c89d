package org.earlyhelp.web.directory;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import org.earlyhelp.web.pages.ApiPages;
import org.earlyhelp.web.pages.FieldErrors;
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
    private final Template error;

    OrganisationsResource(Gateway gateway, ObjectMapper json, Template directoryOrganisations, Template directoryOrganisation,
            Template directoryServiceNew, Template error) {
        this.gateway = gateway;
        this.json = json;
        this.directoryOrganisations = directoryOrganisations;
        this.directoryOrganisation = directoryOrganisation;
        this.directoryServiceNew = directoryServiceNew;
        this.error = error;
    }

    @GET
    public Response list(@QueryParam("search") String search) {
        String words = search == null ? "" : search.trim();
        ApiResponse answer = gateway.get(Query.of().with("search", words).with("per_page", 50).on("/oruk/organizations"));
        if (!answer.ok()) {
            return ApiPages.problem(error, answer, "/directory-admin");
        }
        return Response.ok(directoryOrganisations.data("search", words).data("items", JsonValues.value(answer.body().path("contents")))
                .data("total", answer.body().path("total_items").asLong())).build();
    }

    @GET
    @Path("new")
    public Response newForm() {
        return Response.ok(directoryOrganisation.data("organisation", MissingNode.getInstance()).data("form", new Answers())
                .data("errors", new Answers()).data("changed", "")).build();
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> posted) {
        Answers form = Answers.from(posted, ORGANISATION);
        Answers errors = check(form);
        if (errors.isEmpty()) {
            ApiResponse answer = gateway.post("/api/directory/organizations", body(form, MissingNode.getInstance()), Map.of());
            if (answer.ok()) {
                return Response.seeOther(URI.create("/directory-admin/organisations/" + answer.body().path("id").asText()
                        + "?changed=created")).build();
            }
            if (!FieldErrors.badInput(answer) && answer.status() != 409) {
                return ApiPages.problem(error, answer, "/directory-admin/organisations");
            }
            errors = FieldErrors.of(answer, ORGANISATION_FIELDS, "name");
        }
        return Response.status(400).entity(directoryOrganisation.data("organisation", MissingNode.getInstance()).data("form", form)
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
        if (!Ids.isUuid(id)) {
            return notFound();
        }
        Answers form = Answers.from(posted, ORGANISATION);
        Answers errors = check(form);
        if (!errors.isEmpty()) {
            return page(id, form, errors, 400, null);
        }
        ApiResponse current = gateway.get("/api/directory/organizations/" + id);
        if (!current.ok()) {
            return ApiPages.problem(error, current, "/directory-admin/organisations");
        }
        ApiResponse answer = gateway.put("/api/directory/organizations/" + id, body(form, current.body()),
                Map.of("If-Match", form.get("etag")));
        if (answer.status() == 412 || answer.status() == 428) {
            return page(id, null, new Answers().put("name", "Someone changed this since you opened it. Here it is as it is now;"
                    + " make your change again."), 412, null);
        }
        if (FieldErrors.badInput(answer) || answer.status() == 409) {
            return page(id, form, FieldErrors.of(answer, ORGANISATION_FIELDS, "name"), answer.status(), null);
        }
        if (!answer.ok()) {
            return ApiPages.problem(error, answer, "/directory-admin/organisations/" + id);
        }
        return Response.seeOther(URI.create("/directory-admin/organisations/" + id + "?changed=saved")).build();
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
        if (!Ids.isUuid(id)) {
            return notFound();
        }
        Answers form = Answers.from(posted, SERVICE);
        Answers errors = new Answers();
        if (!form.has("name")) {
            errors.put("name", "Enter the service's name");
        }
        for (String age : List.of("minimumAge", "maximumAge")) {
            if (form.has(age) && !form.get(age).matches("\\d{1,3}")) {
                errors.put(age, "Enter an age in whole years, for example 5");
            }
        }
        if (!errors.isEmpty()) {
            return servicePage(id, form, errors, 400);
        }
        ObjectNode body = json.createObjectNode().put("organizationId", id).put("name", form.get("name"));
        putIfGiven(body, "description", form.get("description"));
        putIfGiven(body, "url", form.get("url"));
        putIfGiven(body, "email", form.get("email"));
        if (form.has("minimumAge")) {
            body.put("minimumAge", Integer.parseInt(form.get("minimumAge")));
        }
        if (form.has("maximumAge")) {
            body.put("maximumAge", Integer.parseInt(form.get("maximumAge")));
        }
        ApiResponse answer = gateway.post("/api/directory/services", body, Map.of());
        if (answer.ok()) {
            return Response.seeOther(URI.create("/directory-admin/services/" + answer.body().path("id").asText() + "?changed=created"))
                    .build();
        }
        if (FieldErrors.badInput(answer) || answer.status() == 409) {
            return servicePage(id, form, FieldErrors.of(answer, SERVICE_FIELDS, "name"), answer.status());
        }
        return ApiPages.problem(error, answer, "/directory-admin/organisations/" + id);
    }

    private Response servicePage(String id, Answers form, Answers errors, int status) {
        if (!Ids.isUuid(id)) {
            return notFound();
        }
        ApiResponse organisation = gateway.get("/api/directory/organizations/" + id);
        if (!organisation.ok()) {
            return ApiPages.problem(error, organisation, "/directory-admin/organisations");
        }
        return Response.status(status).entity(directoryServiceNew.data("organisation", organisation.body()).data("form", form)
                .data("errors", errors)).build();
    }

    private Response page(String id, Answers typed, Answers errors, int status, String changed) {
        if (!Ids.isUuid(id)) {
            return notFound();
        }
        ApiResponse answer = gateway.get("/api/directory/organizations/" + id);
        if (!answer.ok()) {
            return ApiPages.problem(error, answer, "/directory-admin/organisations");
        }
        JsonNode organisation = answer.body();
        Answers form = typed != null ? typed.put("etag", answer.etag().orElse(typed.get("etag")))
                : new Answers().put("name", organisation.path("name").asText("")).put("description", organisation.path("description").asText(""))
                        .put("email", organisation.path("email").asText("")).put("website", organisation.path("website").asText(""))
                        .put("etag", answer.etag().orElse(""));
        if (typed != null && status != 412) {
            form.put("etag", typed.get("etag")); // the version the person opened, so a change meanwhile is still caught
        }
        return Response.status(status).entity(directoryOrganisation.data("organisation", organisation).data("form", form)
                .data("errors", errors).data("changed", changed == null ? "" : changed)).build();
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

    private Response notFound() {
        return ApiPages.problem(error, new ApiResponse(404, MissingNode.getInstance(), Optional.empty(), Optional.empty()),
                "/directory-admin/organisations");
    }
}
