package org.earlyhelp.web.directory;

import java.util.LinkedHashMap;
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
 * Directory admin: the locations services are delivered at, listed a page at a time; one — its kind, name and one
 * address — added, and changed with the version it was read at: if someone changed it meanwhile, the page says so,
 * shows it as it is now and saves nothing. Other addresses and fields the form does not show are kept as they are.
 */
@Path("/directory-admin/locations")
@Produces(MediaType.TEXT_HTML)
public class LocationsResource {

    private static final List<String> FIELDS = List.of("locationType", "name", "description", "address1", "city", "county",
            "postcode", "etag");
    private static final Map<String, String> API_FIELDS = Map.of("locationType", "locationType", "name", "name", "description",
            "description", "address1", "address1", "city", "city", "stateProvince", "county", "postalCode", "postcode");
    private static final Map<String, String> KINDS = new LinkedHashMap<>();
    private static final int PAGE_SIZE = 20;

    static {
        KINDS.put("physical", "A place people visit");
        KINDS.put("postal", "A postal address only");
        KINDS.put("virtual", "Online or by phone");
    }

    private final Gateway gateway;
    private final ObjectMapper json;
    private final Template directoryLocation;
    private final Template directoryLocations;
    private final RecordChanges changes;

    LocationsResource(Gateway gateway, ObjectMapper json, Template directoryLocation, Template directoryLocations,
            Template error) {
        this.gateway = gateway;
        this.json = json;
        this.directoryLocation = directoryLocation;
        this.directoryLocations = directoryLocations;
        this.changes = new RecordChanges(gateway, error, "/api/directory/locations", "/directory-admin/locations",
                "/directory-admin/locations", API_FIELDS, "name");
    }

    /** The locations by name, a page at a time (20), found by words of a name or a postcode. */
    @GET
    public Response list(@QueryParam("search") String search, @QueryParam("page") Integer page) {
        String words = search == null ? "" : search.trim();
        int current = page == null || page < 1 ? 1 : page;
        ApiResponse answer = gateway.get(Query.of().with("search", words).with("page", current - 1).with("size", PAGE_SIZE)
                .on("/api/directory/locations"));
        if (!answer.ok()) {
            return changes.problem(answer, "/directory-admin");
        }
        long total = answer.body().path("total").asLong();
        return Response.ok(directoryLocations.data("search", words).data("items", JsonValues.value(answer.body().path("items")))
                .data("total", total).data("current", current).data("last", (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE))
                .data("query", Query.of().with("search", words).toString())).build();
    }

    @GET
    @Path("new")
    public Response newForm() {
        return page(MissingNode.getInstance(), new Answers().put("locationType", "physical"), new Answers(), 200, "");
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> posted) {
        Answers form = Answers.from(posted, FIELDS);
        return changes.add(form, check(form), () -> body(form, MissingNode.getInstance()),
                (typed, errors, status) -> page(MissingNode.getInstance(), typed, errors, status, ""));
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

    /** The location as the API has it now, with what the person typed (and the version they opened) when given. */
    private Response current(String id, Answers typed, Answers errors, int status, String changed) {
        return changes.read(id, (location, etag) -> {
            JsonNode address = location.path("addresses").path(0);
            Answers form = typed != null ? typed
                    : new Answers().put("locationType", location.path("locationType").asText(""))
                            .put("name", location.path("name").asText("")).put("description", location.path("description").asText(""))
                            .put("address1", address.path("address1").asText(address.path("address_1").asText("")))
                            .put("city", address.path("city").asText("")).put("county", address.path("stateProvince").asText(""))
                            .put("postcode", address.path("postalCode").asText("")).put("etag", etag);
            return page(location, form, errors, status, changed == null ? "" : changed);
        });
    }

    private Response page(JsonNode location, Answers form, Answers errors, int status, String changed) {
        return Response.status(status).entity(directoryLocation.data("location", location).data("form", form).data("errors", errors)
                .data("kinds", KINDS).data("changed", changed)).build();
    }

    private static Answers check(Answers form) {
        Answers errors = new Answers();
        if (!KINDS.containsKey(form.get("locationType"))) {
            errors.put("locationType", "Select what kind of location it is");
        }
        if (!form.has("name")) {
            errors.put("name", "Enter the location's name");
        }
        boolean anyAddress = form.has("address1") || form.has("city") || form.has("county") || form.has("postcode");
        if (anyAddress || !"virtual".equals(form.get("locationType"))) {
            if (!form.has("address1")) {
                errors.put("address1", "Enter the first line of the address");
            }
            if (!form.has("city")) {
                errors.put("city", "Enter the town or city");
            }
            if (!form.has("county")) {
                errors.put("county", "Enter the county");
            }
            if (!form.has("postcode")) {
                errors.put("postcode", "Enter the postcode");
            }
        }
        return errors;
    }

    /** The location as the form says it; its first address replaced, its other addresses and fields kept. */
    private ObjectNode body(Answers form, JsonNode current) {
        ObjectNode body = json.createObjectNode().put("locationType", form.get("locationType")).put("name", form.get("name"));
        if (form.has("description")) {
            body.put("description", form.get("description"));
        }
        for (String kept : List.of("latitude", "longitude", "externalIdentifier", "externalIdentifierType")) {
            if (current.hasNonNull(kept)) {
                body.set(kept, current.get(kept));
            }
        }
        var addresses = body.putArray("addresses");
        JsonNode first = current.path("addresses").path(0);
        if (form.has("address1")) {
            ObjectNode address = addresses.addObject();
            if (first.path("id").isTextual()) {
                address.put("id", first.path("id").asText());
            }
            address.put("address1", form.get("address1")).put("city", form.get("city")).put("stateProvince", form.get("county"))
                    .put("postalCode", form.get("postcode")).put("country", "GB")
                    .put("addressType", "virtual".equals(form.get("locationType")) ? "postal" : form.get("locationType"));
        }
        for (int i = 1; i < current.path("addresses").size(); i++) {
            JsonNode other = current.path("addresses").path(i);
            ObjectNode kept = addresses.addObject();
            for (String field : List.of("id", "attention", "address1", "city", "region", "stateProvince", "postalCode", "country",
                    "addressType")) {
                if (other.hasNonNull(field)) {
                    kept.set(field, other.get(field));
                }
            }
        }
        return body;
    }
}
