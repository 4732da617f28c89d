package org.earlyhelp.web.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.web.gateway.ApiResponse;
import org.earlyhelp.web.gateway.Gateway;
import org.earlyhelp.web.pages.Answers;
import org.earlyhelp.web.pages.Labels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.Template;

/**
 * Directory admin: change everything the directory says about a service on one page — its description, who it is
 * for, what it costs, how to contact it, where and when it runs, what it is classified as, the districts it covers and
 * its status — with the version it was read at. If someone changed it meanwhile, the page says so, shows it as it is
 * now and saves nothing; the directory's field errors are shown at their questions.
 */
@Path("/directory-admin/services/{id}/edit")
@Produces(MediaType.TEXT_HTML)
public class EditServiceResource {

    private final Gateway gateway;
    private final ObjectMapper json;
    private final Template directoryServiceEdit;
    private final RecordChanges services;

    EditServiceResource(Gateway gateway, ObjectMapper json, Template directoryServiceEdit, Template error) {
        this.gateway = gateway;
        this.json = json;
        this.directoryServiceEdit = directoryServiceEdit;
        this.services = new RecordChanges(gateway, error, "/api/directory/services", "/directory-admin/services",
                "/directory-admin", ServiceQuestions::formField, "name");
    }

    @GET
    public Response form(@PathParam("id") String id) {
        return page(id, null, new Answers(), 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Answers form = ServiceQuestions.posted(posted);
        return services.change(id, form, ServiceQuestions.check(form, DirectoryAdminResource.STATUSES),
                now -> ServiceQuestions.body(json, form, now), (typed, errors, status) -> page(id, typed, errors, status),
                saved -> status(id, form, saved));
    }

    /** The status has its own transition in the API: changed, with the version just saved, when the form changed it. */
    private Response status(String id, Answers form, ApiResponse saved) {
        if (form.get("status").equals(saved.body().path("status").asText())) {
            return services.saved(id, "saved");
        }
        ApiResponse answer = gateway.put("/api/directory/services/" + id + "/status",
                json.createObjectNode().put("status", form.get("status")), Map.of("If-Match", saved.etag().orElse("")));
        if (!answer.ok()) {
            return page(id, null, new Answers().put("status", "Your other changes are saved, but the status was not changed: "
                    + answer.problemDetail()), answer.status());
        }
        return services.saved(id, "saved");
    }

    /** The service as the API has it now, or with what the person typed (and the version they opened). */
    private Response page(String id, Answers typed, Answers errors, int status) {
        return services.read(id, (service, etag) -> {
            Answers form = typed != null ? typed : ServiceQuestions.of(service, etag);
            return Response.status(status).entity(directoryServiceEdit.data("service", service).data("form", form)
                    .data("errors", errors).data("statuses", DirectoryAdminResource.STATUSES).data("areaOptions", Labels.AREAS)
                    .data("weekdays", ServiceQuestions.DAYS).data("terms", terms(service)).data("locations", locations(service))
                    .data("contactRows", ServiceQuestions.rows(form, "contact")).data("costRows", ServiceQuestions.rows(form, "cost"))
                    .data("scheduleRows", ServiceQuestions.rows(form, "schedule"))).build();
        });
    }

    /** The taxonomy terms to classify a service by: the service's own, then the directory's first hundred. */
    private Map<String, String> terms(JsonNode service) {
        Map<String, String> terms = new LinkedHashMap<>();
        service.path("attributes").forEach(attribute -> terms.put(attribute.path("taxonomyTermId").asText(),
                attribute.path("taxonomyTerm").path("name").asText("A term")));
        ApiResponse answer = gateway.get("/oruk/taxonomy_terms?per_page=100");
        for (JsonNode term : answer.ok() ? answer.body().path("contents") : json.createArrayNode()) {
            terms.put(term.path("id").asText(), term.path("name").asText());
        }
        return terms;
    }

    /** The locations to choose from: the service's own, then the directory's first hundred by name. */
    private Map<String, String> locations(JsonNode service) {
        Map<String, String> locations = new LinkedHashMap<>();
        service.path("serviceAtLocations").forEach(site -> locations.put(site.path("locationId").asText(), "A location"));
        List<JsonNode> all = new ArrayList<>();
        service.path("serviceAtLocations").forEach(site -> all.add(site.path("location")));
        ApiResponse answer = gateway.get("/api/directory/locations?size=100");
        if (answer.ok()) {
            answer.body().path("items").forEach(all::add);
        }
        for (JsonNode location : all) {
            String postcode = location.path("addresses").path(0).path("postalCode").asText("");
            String id = location.path("id").asText("");
            if (!id.isBlank() && (!locations.containsKey(id) || locations.get(id).equals("A location"))) {
                locations.put(id, location.path("name").asText() + (postcode.isBlank() ? "" : " (" + postcode + ")"));
            }
        }
        return locations;
    }
}
