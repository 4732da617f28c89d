package org.earlyhelp.directory.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.earlyhelp.directory.Callers;
import org.earlyhelp.directory.Forms;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Directory admins maintain the directory; nobody else may, and nobody overwrites another's change unseen. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class DirectoryAdminTest {

    @Inject
    DataSource dataSource;

    private static Response post(String path, Object body) {
        return given().header("Authorization", Callers.directoryAdmin()).contentType(ContentType.JSON).body(body)
                .when().post(path);
    }

    private static String created(String path, Object body) {
        return post(path, body).then().statusCode(201).extract().path("id");
    }

    private String newService(String name) {
        String organization = created("/api/directory/organizations", Forms.organization("Harbour Light " + name));
        String location = created("/api/directory/locations", Forms.location("Harbour Light Hall", 54.9, -2.9));
        return created("/api/directory/services", Forms.service(organization, name).ages(5, 11).district("eastmere").at(location)
                .term(Forms.NEED_HOUSING).build());
    }

    @Test
    void withoutATokenTheAdminApiIsUnauthorized() {
        given().contentType(ContentType.JSON).body(Forms.organization("No Token")).when().post("/api/directory/organizations")
                .then().statusCode(401).contentType("application/problem+json");
        given().when().get("/api/directory/export").then().statusCode(401);
        given().contentType(ContentType.JSON).body("[]").when().post("/api/directory/imports").then().statusCode(401);
    }

    @Test
    void aPractitionerMayNotChangeTheDirectory() {
        for (String path : List.of("/api/directory/organizations", "/api/directory/locations", "/api/directory/services",
                "/api/directory/taxonomies", "/api/directory/taxonomy-terms", "/api/directory/imports")) {
            given().header("Authorization", Callers.practitioner()).contentType(ContentType.JSON).body("{}")
                    .when().post(path).then().statusCode(403).contentType("application/problem+json");
        }
        given().header("Authorization", Callers.practitioner()).when().get("/api/directory/export").then().statusCode(403);
    }

    @Test
    void aDirectoryAdminListsTheLocationsAPageAtATimeAndFindsOneByNameOrPostcode() {
        // The list read first, then a location added: the resource's two answers are written each as itself.
        given().header("Authorization", Callers.directoryAdmin()).when().get("/api/directory/locations").then().statusCode(200);
        String first = created("/api/directory/locations", Forms.location("Quayside Listing Hall", 54.9, -2.9));
        created("/api/directory/locations", Forms.location("Quayside Listing Annexe", 54.9, -2.9));
        given().header("Authorization", Callers.directoryAdmin()).when().get("/api/directory/locations?search=quayside listing&size=1")
                .then().statusCode(200).body("total", equalTo(2)).body("size", equalTo(1)).body("page", equalTo(0))
                .body("items[0].name", equalTo("Quayside Listing Annexe"));
        given().header("Authorization", Callers.directoryAdmin())
                .when().get("/api/directory/locations?search=quayside listing&size=1&page=1")
                .then().statusCode(200).body("items[0].id", equalTo(first)).body("items[0].addresses[0].postalCode", equalTo("NS1 1EJ"));
        given().header("Authorization", Callers.directoryAdmin()).when().get("/api/directory/locations?search=ns1 1ej&size=100")
                .then().statusCode(200).body("items.id", hasItem(first));
        given().header("Authorization", Callers.directoryAdmin()).when().get("/api/directory/locations?size=101")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", Callers.practitioner()).when().get("/api/directory/locations").then().statusCode(403);
    }

    @Test
    void anAddedServiceIsFoundInThePublicDirectory() {
        String id = newService("Harbour Light Homework Club");
        given().when().get("/oruk/services?search=harbour light&need=housing&age=7&district=eastmere")
                .then().statusCode(200).body("contents.id", hasItem(id));
        given().when().get("/oruk/services/" + id).then().statusCode(200)
                .body("status", equalTo("active")).body("service_areas[0].name", equalTo("eastmere"));
    }

    @Test
    void aChangeNeedsTheCurrentETag() {
        String id = newService("Harbour Light Breakfast Club");
        Response read = given().header("Authorization", Callers.directoryAdmin()).when().get("/api/directory/services/" + id);
        String etag = read.then().statusCode(200).extract().header("ETag");
        String organization = read.path("organizationId");
        Map<String, Object> renamed = Forms.service(organization, "Harbour Light Breakfast and Homework Club").ages(5, 11).build();

        given().header("Authorization", Callers.directoryAdmin()).contentType(ContentType.JSON).body(renamed)
                .when().put("/api/directory/services/" + id).then().statusCode(428).contentType("application/problem+json");

        String next = given().header("Authorization", Callers.directoryAdmin()).header("If-Match", etag)
                .contentType(ContentType.JSON).body(renamed).when().put("/api/directory/services/" + id)
                .then().statusCode(200).body("name", equalTo("Harbour Light Breakfast and Homework Club"))
                .extract().header("ETag");
        assertThat(next).isNotEqualTo(etag);

        // A second admin still holding the first ETag is told, not allowed to overwrite.
        given().header("Authorization", Callers.directoryAdmin()).header("If-Match", etag)
                .contentType(ContentType.JSON).body(Forms.service(organization, "Stale Edit").build())
                .when().put("/api/directory/services/" + id)
                .then().statusCode(412).contentType("application/problem+json").header("ETag", next);
        given().when().get("/oruk/services/" + id).then().body("name", equalTo("Harbour Light Breakfast and Homework Club"));
    }

    @Test
    void aDeactivatedServiceLeavesSearchesButIsNeverDeleted() {
        String id = newService("Harbour Light Lunch Club");
        String etag = given().header("Authorization", Callers.directoryAdmin()).when().get("/api/directory/services/" + id)
                .then().extract().header("ETag");
        String defunctTag = given().header("Authorization", Callers.directoryAdmin()).header("If-Match", etag)
                .contentType(ContentType.JSON).body(Map.of("status", "defunct"))
                .when().put("/api/directory/services/" + id + "/status").then().statusCode(200)
                .body("status", equalTo("defunct")).extract().header("ETag");

        given().when().get("/oruk/services?search=harbour light lunch").then().body("contents.id", not(hasItem(id)));
        given().when().get("/oruk/services?search=harbour light lunch&status=defunct").then().body("contents.id", hasItem(id));
        given().when().get("/oruk/services/" + id).then().statusCode(200).body("status", equalTo("defunct"));

        given().header("Authorization", Callers.directoryAdmin()).header("If-Match", defunctTag)
                .contentType(ContentType.JSON).body(Map.of("status", "active"))
                .when().put("/api/directory/services/" + id + "/status").then().statusCode(409);
        given().header("Authorization", Callers.directoryAdmin()).when().delete("/api/directory/services/" + id)
                .then().statusCode(405);
    }

    @Test
    void everyChangeIsAudited() throws SQLException {
        String id = newService("Harbour Light Audited Club");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT action, username, agency FROM audit_event WHERE resource_type = 'service' AND resource_id = ?")) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString("action")).isEqualTo("create");
                assertThat(rows.getString("username")).isEqualTo("admin.directory");
                assertThat(rows.getString("agency")).isEqualTo("northshire-early-help");
            }
        }
    }

    @Test
    void aRetriedCreationWithTheSameIdempotencyKeyMakesOneOrganisation() {
        Map<String, Object> body = Forms.organization("Harbour Light Once");
        String first = given().header("Authorization", Callers.directoryAdmin()).header("Idempotency-Key", "org-once-1")
                .contentType(ContentType.JSON).body(body).when().post("/api/directory/organizations")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", Callers.directoryAdmin()).header("Idempotency-Key", "org-once-1")
                .contentType(ContentType.JSON).body(body).when().post("/api/directory/organizations")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
    }

    @Test
    void anOrganisationCarriesItsAgencyForOnwardReferrals() {
        Map<String, Object> body = Forms.organization("Harbour Light Agency");
        body.put("agencyCode", "eastmere-academy");
        String id = created("/api/directory/organizations", body);
        given().when().get("/oruk/organizations/" + id).then().statusCode(200)
                .body("organization_identifiers[0].identifier", equalTo("eastmere-academy"))
                .body("organization_identifiers[0].identifier_scheme", equalTo("EARLYHELP-AGENCY"));
        Map<String, Object> again = Forms.organization("Harbour Light Agency Twin");
        again.put("agencyCode", "eastmere-academy");
        post("/api/directory/organizations", again).then().statusCode(409);
    }

    @Test
    void termsFormATreeWithoutCycles() {
        String parent = created("/api/directory/taxonomy-terms", Map.of("taxonomyId", Forms.NEEDS_TAXONOMY, "term", "harbour-needs",
                "name", "Harbour needs", "description", "Needs of harbour families"));
        String child = created("/api/directory/taxonomy-terms", Map.of("taxonomyId", Forms.NEEDS_TAXONOMY, "term", "harbour-fishing",
                "name", "Fishing families", "description", "Families working at sea", "parentId", parent));
        given().when().get("/oruk/taxonomy_terms?parent_id=" + parent).then().statusCode(200).body("contents.id", hasItem(child));

        String etag = given().header("Authorization", Callers.directoryAdmin()).when().get("/api/directory/taxonomy-terms/" + parent)
                .then().statusCode(200).extract().header("ETag");
        given().header("Authorization", Callers.directoryAdmin()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("taxonomyId", Forms.NEEDS_TAXONOMY, "term", "harbour-needs", "name", "Harbour needs",
                        "description", "Needs of harbour families", "parentId", child))
                .when().put("/api/directory/taxonomy-terms/" + parent).then().statusCode(422);
    }

    @Test
    void anInvalidFormNamesItsFields() {
        post("/api/directory/services", Map.of("name", "", "minimumAge", 12, "maximumAge", 5))
                .then().statusCode(400).body("violations.field", hasItem("name")).body("violations.field", hasItem("organizationId"));
        post("/api/directory/services", Map.of("name", "x", "organizationId", "00000000-0000-0000-0000-000000000000"))
                .then().statusCode(422);
        post("/api/directory/services", Map.of("name", "x", "status", "active")).then().statusCode(400);
    }
}
