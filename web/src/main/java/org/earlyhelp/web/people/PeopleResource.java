package org.earlyhelp.web.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import org.earlyhelp.web.pages.ApiPages;
import org.earlyhelp.web.pages.FieldErrors;
import org.earlyhelp.web.pages.JsonValues;
import org.earlyhelp.web.pages.Query;
import org.earlyhelp.web.pages.UkDates;
import org.earlyhelp.web.referrals.Ids;

import com.fasterxml.jackson.databind.node.MissingNode;

import io.quarkus.qute.Template;

/**
 * The hub's "find a person" and one person's story (issue 29 points 3 and 4, decision 0065): each asks why,
 * and the services keep the answer in their audit trails. The forms post, so that names and dates of birth stay out of
 * addresses, browser history and logs. The services decide who may search (the hub's triage workers) and whose story
 * someone may read (the hub of the area, the lead agency of an open case about the person): others get their refusal.
 */
@Path("/people")
@Produces(MediaType.TEXT_HTML)
public class PeopleResource {

    private static final List<String> SEARCH = List.of("purpose", "name", "dobDay", "dobMonth", "dobYear", "postcode", "nhsNumber");
    private static final Map<String, String> SEARCH_FIELDS = Map.of("purpose", "purpose", "name", "name", "dateOfBirth", "dob",
            "postcode", "postcode", "nhsNumber", "nhsNumber");

    private final Gateway gateway;
    private final Template people;
    private final Template personStory;
    private final Template error;

    PeopleResource(Gateway gateway, Template people, Template personStory, Template error) {
        this.gateway = gateway;
        this.people = people;
        this.personStory = personStory;
        this.error = error;
    }

    @GET
    public Response searchForm() {
        return Response.ok(people.data("form", new Answers()).data("errors", new Answers()).data("found", null)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response search(MultivaluedMap<String, String> posted) {
        Answers form = Answers.from(posted, SEARCH);
        Answers errors = new Answers();
        if (!form.has("purpose")) {
            errors.put("purpose", "Say why you are searching");
        }
        Optional<LocalDate> born = Optional.empty();
        boolean dateGiven = form.has("dobDay") || form.has("dobMonth") || form.has("dobYear");
        if (dateGiven) {
            born = UkDates.fromParts(form.get("dobDay"), form.get("dobMonth"), form.get("dobYear"));
            if (born.isEmpty()) {
                errors.put("dob", "Enter a real date of birth, for example 14 5 2016");
            }
        }
        if (!form.has("name") && !dateGiven && !form.has("postcode") && !form.has("nhsNumber")) {
            errors.put("name", "Enter a name, a date of birth, a postcode or an NHS number");
        }
        if (!errors.summary().isEmpty()) {
            return Response.status(400).entity(people.data("form", form).data("errors", errors).data("found", null)).build();
        }
        ApiResponse answer = gateway.get(Query.of().with("purpose", form.get("purpose")).with("name", form.get("name"))
                .with("dateOfBirth", born.map(LocalDate::toString).orElse(null)).with("postcode", form.get("postcode"))
                .with("nhsNumber", form.get("nhsNumber")).on("/api/person-search"));
        if (FieldErrors.badInput(answer)) {
            return Response.status(answer.status()).entity(people.data("form", form)
                    .data("errors", FieldErrors.of(answer, SEARCH_FIELDS, "name")).data("found", null)).build();
        }
        if (!answer.ok()) {
            return ApiPages.problem(error, answer, "/");
        }
        return Response.ok(people.data("form", form).data("errors", new Answers())
                .data("found", JsonValues.value(answer.body().path("items")))).build();
    }

    @GET
    @Path("{personId}/story")
    public Response storyForm(@PathParam("personId") String personId) {
        if (!Ids.isUuid(personId)) {
            return notFound();
        }
        return Response.ok(story(personId, new Answers(), new Answers(), null)).build();
    }

    @POST
    @Path("{personId}/story")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response story(@PathParam("personId") String personId, MultivaluedMap<String, String> posted) {
        if (!Ids.isUuid(personId)) {
            return notFound();
        }
        Answers form = Answers.from(posted, List.of("purpose"));
        if (!form.has("purpose")) {
            return Response.status(400).entity(story(personId, form, new Answers().put("purpose", "Say why you are reading it"), null))
                    .build();
        }
        ApiResponse answer = gateway.get(Query.of().with("purpose", form.get("purpose"))
                .on("/api/people/" + personId + "/chronology"));
        if (FieldErrors.badInput(answer)) {
            return Response.status(answer.status()).entity(story(personId, form, FieldErrors.of(answer, Map.of(), "purpose"), null))
                    .build();
        }
        if (!answer.ok()) {
            return ApiPages.problem(error, answer, "/");
        }
        return Response.ok(story(personId, form, new Answers(), JsonValues.value(answer.body().path("entries")))).build();
    }

    private io.quarkus.qute.TemplateInstance story(String personId, Answers form, Answers errors, Object entries) {
        return personStory.data("personId", personId).data("form", form).data("errors", errors).data("entries", entries);
    }

    private Response notFound() {
        return ApiPages.problem(error, new ApiResponse(404, MissingNode.getInstance(), Optional.empty(), Optional.empty()), "/");
    }
}
