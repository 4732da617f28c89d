package org.earlyhelp.web.onward;

import java.net.URI;
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
import org.earlyhelp.web.referrals.Ids;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.qute.Template;

/** The onward referrals inbox: what was shared with this agency's services, and accept or decline (with a reason). */
@Path("/onward-referrals")
@Produces(MediaType.TEXT_HTML)
public class OnwardReferralsResource {

    private final Gateway gateway;
    private final ObjectMapper json;
    private final Template onwardReferrals;
    private final Template onwardReferral;
    private final Template error;

    OnwardReferralsResource(Gateway gateway, ObjectMapper json, Template onwardReferrals, Template onwardReferral,
            Template error) {
        this.gateway = gateway;
        this.json = json;
        this.onwardReferrals = onwardReferrals;
        this.onwardReferral = onwardReferral;
        this.error = error;
    }

    @GET
    public Response inbox(@QueryParam("page") Integer page) {
        return ApiPages.list(gateway, "/api/onward-referrals", page, 20, onwardReferrals, error);
    }

    @GET
    @Path("{id}")
    public Response show(@PathParam("id") String id) {
        return page(id, new Answers(), new Answers(), 200);
    }

    @POST
    @Path("{id}/{verdict:accept|decline}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") String id, @PathParam("verdict") String verdict, MultivaluedMap<String, String> posted) {
        if (!Ids.isUuid(id)) {
            return page(id, new Answers(), new Answers(), 404);
        }
        Answers form = Answers.from(posted, java.util.List.of("reason", "etag"));
        if (verdict.equals("decline") && !form.has("reason")) {
            return page(id, form, new Answers().put("reason", "Say why your service declines it"), 400);
        }
        ObjectNode body = json.createObjectNode();
        if (form.has("reason")) {
            body.put("reason", form.get("reason"));
        }
        Map<String, String> headers = form.has("etag") ? Map.of("If-Match", form.get("etag")) : Map.of();
        ApiResponse answer = gateway.post("/api/onward-referrals/" + id + "/" + verdict, body, headers);
        if (answer.status() == 400 || answer.status() == 422) {
            Answers errors = new Answers();
            answer.violations().forEach(v -> errors.put("reason", v.message()));
            if (errors.summary().isEmpty()) {
                errors.put("reason", answer.problemDetail());
            }
            return page(id, form, errors, answer.status());
        }
        if (!answer.ok()) {
            return ApiPages.problem(error, answer, "/onward-referrals/" + id);
        }
        return Response.seeOther(URI.create("/onward-referrals/" + id)).build();
    }

    private Response page(String id, Answers form, Answers errors, int status) {
        if (!Ids.isUuid(id)) {
            return ApiPages.problem(error, new ApiResponse(404, MissingNode.getInstance(), Optional.empty(), Optional.empty()),
                    "/onward-referrals");
        }
        ApiResponse answer = gateway.get("/api/onward-referrals/" + id);
        if (!answer.ok()) {
            return ApiPages.problem(error, answer, "/onward-referrals");
        }
        return Response.status(status).entity(onwardReferral.data("onward", answer.body()).data("etag", answer.etag().orElse(""))
                .data("form", form).data("errors", errors)).build();
    }
}
