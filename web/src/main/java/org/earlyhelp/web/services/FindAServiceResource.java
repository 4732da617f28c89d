package org.earlyhelp.web.services;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.web.pages.JsonValues;
import org.earlyhelp.web.gateway.ApiResponse;
import org.earlyhelp.web.gateway.Gateway;
import org.earlyhelp.web.pages.ApiPages;
import org.earlyhelp.web.pages.Labels;
import org.earlyhelp.web.pages.Query;

import io.quarkus.qute.Template;

/**
 * Find a service: the public directory (Open Referral UK, no sign-in) searched by words (typos tolerated by the
 * directory), postcode and distance, a child's age and need; and a service's own page.
 */
@Path("/services")
@Produces(MediaType.TEXT_HTML)
class FindAServiceResource {

    private static final int PER_PAGE = 10;
    private static final int METRES_PER_MILE = 1609;

    private final Gateway gateway;
    private final Template services;
    private final Template service;
    private final Template error;

    FindAServiceResource(Gateway gateway, Template services, Template service, Template error) {
        this.gateway = gateway;
        this.services = services;
        this.service = service;
        this.error = error;
    }

    @GET
    public Response search(@QueryParam("search") String search, @QueryParam("postcode") String postcode,
            @QueryParam("distance") String distance, @QueryParam("age") String age, @QueryParam("need") String need,
            @QueryParam("page") String page) {
        SearchForm form = new SearchForm(trim(search), trim(postcode), trim(distance), trim(age), trim(need));
        int pageNumber = positive(page, 1);
        var instance = services.data("form", form).data("needs", Labels.CONCERNS).data("errors", form.errors());
        if (!form.searched() || !form.errors().isEmpty()) {
            return Response.ok(instance.data("results", null).data("pages", null)).build();
        }
        Query query = Query.of().with("search", form.search()).with("need", form.need()).with("age", form.age())
                .with("page", pageNumber).with("per_page", PER_PAGE);
        ApiResponse answer;
        boolean nearest = !form.postcode().isEmpty();
        if (nearest) {
            query.with("postcode", form.postcode());
            if (!form.distance().isEmpty()) {
                query.with("proximity", Integer.parseInt(form.distance()) * METRES_PER_MILE);
            }
            answer = gateway.get(query.on("/oruk/service_at_locations"));
        } else {
            answer = gateway.get(query.on("/oruk/services"));
        }
        if (answer.status() == 400) {
            form.errors().add(new SearchForm.Error("postcode", answer.problemDetail()));
            return Response.ok(instance.data("results", null).data("pages", null)).build();
        }
        if (!answer.ok()) {
            return ApiPages.problem(error, answer, "/services");
        }
        Query self = Query.of().with("search", form.search()).with("postcode", form.postcode()).with("distance", form.distance())
                .with("age", form.age()).with("need", form.need());
        Paging paging = Paging.of(answer.body().path("page_number").asInt(1), answer.body().path("total_pages").asInt(1),
                answer.body().path("total_items").asLong(0), self);
        return Response.ok(instance.data("results", JsonValues.value(answer.body().path("contents"))).data("nearest", nearest)
                .data("pages", paging)).build();
    }

    @GET
    @Path("{id}")
    public Response service(@PathParam("id") String id) {
        try {
            UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return ApiPages.problem(error, new ApiResponse(404, com.fasterxml.jackson.databind.node.MissingNode.getInstance(),
                    java.util.Optional.empty(), java.util.Optional.empty()), "/services");
        }
        ApiResponse answer = gateway.get("/oruk/services/" + id);
        if (!answer.ok()) {
            return ApiPages.problem(error, answer, "/services");
        }
        return Response.ok(service.data("service", answer.body())).build();
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    private static int positive(String value, int fallback) {
        try {
            int number = Integer.parseInt(value);
            return number >= 1 && number <= 1000 ? number : fallback;
        } catch (NumberFormatException | NullPointerException e) {
            return fallback;
        }
    }
}
