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

import org.earlyhelp.web.pages.JsonValues;
import org.earlyhelp.web.gateway.ApiResponse;
import org.earlyhelp.web.gateway.Gateway;
import org.earlyhelp.web.pages.Answers;
import org.earlyhelp.web.pages.ApiPages;
import org.earlyhelp.web.pages.Query;
import org.earlyhelp.web.referrals.Ids;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import io.quarkus.qute.Template;

/**
 * Directory admin: find a service (every status) and change its status (active, temporarily closed, inactive,
 * defunct) with the version it was read at: if someone changed it meanwhile, the page says so and changes nothing.
 * A service's full edit is EditServiceResource's; organisations, locations, taxonomy terms and feed imports have
 * resources of their own.
 */
@Path("/directory-admin")
@Produces(MediaType.TEXT_HTML)
public class DirectoryAdminResource {

    static final List<String> STATUSES = List.of("active", "temporarily closed", "inactive", "defunct");

    private final Gateway gateway;
    private final ObjectMapper json;
    private final Template directoryAdmin;
    private final Template directoryService;
    private final Template error;

    DirectoryAdminResource(Gateway gateway, ObjectMapper json, Template directoryAdmin, Template directoryService,
            Template error) {
        this.gateway = gateway;
        this.json = json;
        this.directoryAdmin = directoryAdmin;
        this.directoryService = directoryService;
        this.error = error;
    }

    @GET
    public Response services(@QueryParam("search") String search) {
        String words = search == null ? "" : search.trim();
        ApiResponse answer = gateway.get(Query.of().with("search", words).with("status", "active,temporarily closed,inactive,defunct")
                .with("per_page", 50).on("/oruk/services"));
        if (!answer.ok()) {
            return ApiPages.problem(error, answer, "/");
        }
        return Response.ok(directoryAdmin.data("search", words).data("items", JsonValues.value(answer.body().path("contents")))
                .data("total", answer.body().path("total_items").asLong())).build();
    }

    @GET
    @Path("services/{id}")
    public Response service(@PathParam("id") String id, @QueryParam("changed") String changed) {
        return page(id, new Answers(), 200, changed);
    }

    @POST
    @Path("services/{id}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeStatus(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Answers form = Answers.from(posted, List.of("status", "etag"));
        if (!STATUSES.contains(form.get("status"))) {
            return page(id, new Answers().put("status", "Select the service's new status"), 400, null);
        }
        ApiResponse answer = gateway.put("/api/directory/services/" + id + "/status",
                json.createObjectNode().put("status", form.get("status")), Map.of("If-Match", form.get("etag")));
        if (answer.status() == 412) {
            return page(id, new Answers().put("status",
                    "Someone changed this service since you opened it. Here it is as it is now; choose its status again."), 412, null);
        }
        if (answer.status() == 400 || answer.status() == 422 || answer.status() == 409) {
            return page(id, new Answers().put("status", answer.problemDetail()), answer.status(), null);
        }
        if (!answer.ok()) {
            return ApiPages.problem(error, answer, "/directory-admin/services/" + id);
        }
        return Response.seeOther(URI.create("/directory-admin/services/" + id + "?changed=status")).build();
    }

    /** Who the service is for, by age, in words. */
    static String ages(JsonNode service) {
        JsonNode youngest = service.path("minimumAge");
        JsonNode oldest = service.path("maximumAge");
        if (!youngest.isNumber() && !oldest.isNumber()) {
            return "Any age";
        }
        if (!oldest.isNumber()) {
            return youngest.asInt() + " and over";
        }
        return (youngest.isNumber() ? youngest.asInt() : 0) + " to " + oldest.asInt();
    }

    private Response page(String id, Answers errors, int status, String changed) {
        if (!Ids.isUuid(id)) {
            return ApiPages.problem(error, new ApiResponse(404, MissingNode.getInstance(), Optional.empty(), Optional.empty()),
                    "/directory-admin");
        }
        ApiResponse answer = gateway.get("/api/directory/services/" + id);
        if (!answer.ok()) {
            return ApiPages.problem(error, answer, "/directory-admin");
        }
        return Response.status(status).entity(directoryService.data("service", answer.body()).data("ages", ages(answer.body()))
                .data("etag", answer.etag().orElse("")).data("errors", errors).data("statuses", STATUSES)
                .data("changed", changed == null ? "" : changed)).build();
    }
}
