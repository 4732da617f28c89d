package org.earlyhelp.e2e;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The partner-service directory as the hub uses it: the public ORUK API to find a service that an
 * agency runs, and the directory admin to list a service for an agency the demo directory does
 * not link to one (police, schools, GPs, health visiting and the hub itself run services too).
 */
public final class Directory {

    private static final String AGENCY_SCHEME = "EARLYHELP-AGENCY";
    private static final Map<Agency, Listing> LISTINGS = new ConcurrentHashMap<>();

    private Directory() {
    }

    /** An organisation linked to an agency and one active service it runs. */
    public record Listing(UUID organizationId, UUID serviceId) {
    }

    /** The directory listing of {@code agency}: found in the public directory, or added by the directory admin. */
    public static Listing of(Agency agency) {
        return LISTINGS.computeIfAbsent(agency, key -> find(key).orElseGet(() -> add(key)));
    }

    private static Optional<Listing> find(Agency agency) {
        JsonPath organizations = Gateway.as(Login.ANONYMOUS).queryParam("per_page", 100)
                .when().get("/oruk/organizations").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> all = organizations.getList("contents");
        for (Map<String, Object> organization : all) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> identifiers = (List<Map<String, Object>>) organization.get("organization_identifiers");
            boolean linked = identifiers != null && identifiers.stream().anyMatch(identifier ->
                    AGENCY_SCHEME.equals(identifier.get("identifier_scheme")) && agency.code().equals(identifier.get("identifier")));
            if (linked) {
                UUID organizationId = UUID.fromString((String) organization.get("id"));
                List<String> services = Gateway.as(Login.ANONYMOUS).queryParam("organization_id", organizationId)
                        .queryParam("status", "active").when().get("/oruk/services")
                        .then().statusCode(200).extract().path("contents.id");
                if (!services.isEmpty()) {
                    return Optional.of(new Listing(organizationId, UUID.fromString(services.get(0))));
                }
            }
        }
        return Optional.empty();
    }

    private static Listing add(Agency agency) {
        Response organization = Gateway.as(Login.ADMIN_DIRECTORY)
                .body(Map.of("name", "Early help team of " + agency.code(),
                        "description", "Takes onward referrals for families the agency already supports.",
                        "agencyCode", agency.code()))
                .when().post("/api/directory/organizations");
        organization.then().statusCode(201);
        UUID organizationId = UUID.fromString(organization.path("id"));
        Response service = Gateway.as(Login.ADMIN_DIRECTORY)
                .body(Map.of("organizationId", organizationId.toString(), "name", "Family support of " + agency.code(),
                        "description", "One-to-one support for families known to the agency."))
                .when().post("/api/directory/services");
        service.then().statusCode(201);
        return new Listing(organizationId, UUID.fromString(service.path("id")));
    }
}
