package org.earlyhelp.web.directory;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.web.gateway.ApiResponse;
import org.earlyhelp.web.gateway.Gateway;
import org.earlyhelp.web.pages.Answers;
import org.earlyhelp.web.pages.ApiPages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.Template;

/**
 * Directory admin: import an ORUK feed (pasted as the other publisher gives it). The directory checks the whole feed
 * first and stores all of it or nothing; a refused feed comes back with its error report, one line per problem with
 * the JSON path of the record at fault, and nothing imported.
 */
@Path("/directory-admin/imports")
@Produces(MediaType.TEXT_HTML)
public class FeedImportResource {

    private final Gateway gateway;
    private final ObjectMapper json;
    private final Template directoryImport;
    private final Template error;

    FeedImportResource(Gateway gateway, ObjectMapper json, Template directoryImport, Template error) {
        this.gateway = gateway;
        this.json = json;
        this.directoryImport = directoryImport;
        this.error = error;
    }

    @GET
    public Response form() {
        return page(new Answers(), new Answers(), List.of(), null, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response importFeed(MultivaluedMap<String, String> posted) {
        Answers form = Answers.from(posted, List.of("feed"));
        if (!form.has("feed")) {
            return page(form, new Answers().put("feed", "Paste the feed to import"), List.of(), null, 400);
        }
        JsonNode feed;
        try {
            feed = json.readTree(form.get("feed"));
        } catch (JsonProcessingException notJson) {
            return page(form, new Answers().put("feed", "The feed is not JSON: paste an ORUK feed (a list of services, or a page of them)"),
                    List.of(), null, 400);
        }
        ApiResponse answer = gateway.post("/api/directory/imports", feed, Map.of());
        if (answer.ok()) {
            return page(new Answers(), new Answers(), List.of(), answer.body(), 200);
        }
        if (answer.status() == 400 || answer.status() == 422) {
            return page(form, new Answers().put("feed", "The feed was refused and nothing was imported: "
                    + answer.violations().size() + " problems, listed below"), answer.violations(), null, answer.status());
        }
        return ApiPages.problem(error, answer, "/directory-admin/imports");
    }

    private Response page(Answers form, Answers errors, List<ApiResponse.FieldError> problems, JsonNode report, int status) {
        List<Map<String, String>> lines = problems.stream().map(problem -> Map.of("field", problem.field(), "message",
                problem.message())).toList();
        return Response.status(status).entity(directoryImport.data("form", form).data("errors", errors).data("problems", lines)
                .data("imported", report != null).data("report", report == null ? json.createObjectNode() : report)).build();
    }
}
