package org.earlyhelp.web.handover;

import java.net.URI;
import java.util.LinkedHashMap;
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
import org.earlyhelp.web.referrals.Ids;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.qute.Template;

/**
 * Children's social care front door's inbox (decision 0064): the referrals the hub escalated, or a referrer flagged as
 * immediate risk, with the hub's reasons; the front door acknowledges each and records its outcome, a return to early
 * help with a note for the hub. The API decides who sees what: anyone else's inbox is empty, a hand-over theirs not 404.
 */
@Path("/hand-overs")
@Produces(MediaType.TEXT_HTML)
public class HandOversResource {

    /** The front door's outcomes, in the words its staff use. */
    static final Map<String, String> OUTCOMES = new LinkedHashMap<>();

    static {
        OUTCOMES.put("s47-enquiry", "Section 47 enquiry");
        OUTCOMES.put("child-in-need-assessment", "Child in need assessment");
        OUTCOMES.put("no-further-action-returned-to-early-help", "No further action by social care: back to early help");
    }

    private final Gateway gateway;
    private final ObjectMapper json;
    private final Template handOvers;
    private final Template handOver;
    private final Template error;

    HandOversResource(Gateway gateway, ObjectMapper json, Template handOvers, Template handOver, Template error) {
        this.gateway = gateway;
        this.json = json;
        this.handOvers = handOvers;
        this.handOver = handOver;
        this.error = error;
    }

    @GET
    public Response inbox(@QueryParam("page") Integer page) {
        return ApiPages.list(gateway, "/api/hand-overs", page, 20, handOvers, error);
    }

    @GET
    @Path("{id}")
    public Response show(@PathParam("id") String id) {
        return page(id, new Answers(), new Answers(), 200);
    }

    @POST
    @Path("{id}/acknowledgement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acknowledge(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        if (!Ids.isUuid(id)) {
            return page(id, new Answers(), new Answers(), 404);
        }
        ApiResponse answer = gateway.post("/api/hand-overs/" + id + "/acknowledgement", json.createObjectNode(), Map.of());
        if (!answer.ok()) {
            return ApiPages.problem(error, answer, "/hand-overs/" + id);
        }
        return Response.seeOther(URI.create("/hand-overs/" + id)).build();
    }

    @POST
    @Path("{id}/outcome")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response outcome(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        if (!Ids.isUuid(id)) {
            return page(id, new Answers(), new Answers(), 404);
        }
        Answers form = Answers.from(posted, List.of("outcome", "note"));
        Answers errors = new Answers();
        if (!OUTCOMES.containsKey(form.get("outcome"))) {
            errors.put("outcome", "Choose the front door's outcome");
        }
        if (!form.has("note")) {
            errors.put("note", "Say why, and for a return what the hub should know");
        }
        if (!errors.summary().isEmpty()) {
            return page(id, form, errors, 400);
        }
        ObjectNode body = json.createObjectNode().put("outcome", form.get("outcome")).put("note", form.get("note"));
        ApiResponse answer = gateway.post("/api/hand-overs/" + id + "/outcome", body, Map.of());
        if (FieldErrors.badInput(answer)) {
            return page(id, form, FieldErrors.of(answer, Map.of("outcome", "outcome", "note", "note"), "note"), answer.status());
        }
        if (!answer.ok()) {
            return ApiPages.problem(error, answer, "/hand-overs/" + id);
        }
        return Response.seeOther(URI.create("/hand-overs/" + id)).build();
    }

    private Response page(String id, Answers form, Answers errors, int status) {
        if (!Ids.isUuid(id)) {
            return ApiPages.problem(error, new ApiResponse(404, MissingNode.getInstance(), Optional.empty(), Optional.empty()),
                    "/hand-overs");
        }
        ApiResponse answer = gateway.get("/api/hand-overs/" + id);
        if (!answer.ok()) {
            return ApiPages.problem(error, answer, "/hand-overs");
        }
        return Response.status(status).entity(handOver.data("handOver", answer.body()).data("outcomes", OUTCOMES)
                .data("form", form).data("errors", errors)).build();
    }
}
