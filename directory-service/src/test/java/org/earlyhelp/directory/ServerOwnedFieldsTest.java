package org.earlyhelp.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.fuzz.JsonBodies;
import org.earlyhelp.platform.test.fuzz.ServerOwnedFields;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Mass assignment: what the directory decides (ids, version, status, when a record last
 * changed, the nested organisation) cannot be set through an admin's request body; status
 * changes only through {@code PUT …/status}. Each such field is refused with a 400 naming it,
 * and nothing is stored or changed.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ServerOwnedFieldsTest {

    @Inject
    DataSource dataSource;

    @ParameterizedTest(name = "a new service naming {0} = {1} is refused")
    @CsvSource(delimiter = '|', textBlock = """
            id                | "7d3c8f0e-6a55-4f8e-9a2b-1f0c2d3e4f5a"
            status            | "defunct"
            version           | 7
            last_modified     | "2020-01-01T00:00:00Z"
            organization      | {"id": "636ae5b4-88c4-3c7b-a575-dbd1a5549a5c", "name": "Someone else"}
            created_by        | "someone.else"
            created_at        | "2020-01-01T00:00:00Z"
            """)
    void aNewServiceCannotSetWhatTheDirectoryDecides(String field, String value) {
        ServerOwnedFields.in(dataSource).refused(field,
                () -> send("POST", "/api/directory/services", null, JsonBodies.with(service(), field, value)));
    }

    @ParameterizedTest(name = "replacing a service naming {0} = {1} is refused")
    @CsvSource(delimiter = '|', textBlock = """
            id                | "7d3c8f0e-6a55-4f8e-9a2b-1f0c2d3e4f5a"
            status            | "defunct"
            version           | 99
            last_modified     | "2020-01-01T00:00:00Z"
            """)
    void aReplacedServiceCannotSetWhatTheDirectoryDecides(String field, String value) {
        String id = send("POST", "/api/directory/services", null, service()).statusCode(201).extract().path("id");
        String etag = given().header("Authorization", Callers.directoryAdmin()).when().get("/api/directory/services/" + id)
                .then().statusCode(200).extract().header("ETag");
        ServerOwnedFields.in(dataSource).refused(field,
                () -> send("PUT", "/api/directory/services/" + id, etag, JsonBodies.with(service(), field, value)));
        given().header("Authorization", Callers.directoryAdmin()).when().get("/api/directory/services/" + id)
                .then().statusCode(200).header("ETag", etag).body("status", equalTo("active"));
    }

    @ParameterizedTest(name = "a new organisation naming {0} = {1} is refused")
    @CsvSource(delimiter = '|', textBlock = """
            id                         | "7d3c8f0e-6a55-4f8e-9a2b-1f0c2d3e4f5a"
            version                    | 7
            services                   | []
            organizationIdentifiers    | [{"identifierScheme": "agency", "identifier": "northshire-police"}]
            """)
    void aNewOrganisationCannotSetWhatTheDirectoryDecides(String field, String value) {
        ServerOwnedFields.in(dataSource).refused(field,
                () -> send("POST", "/api/directory/organizations", null, JsonBodies.with(Forms.organization("Mass Assignment Trust"), field, value)));
    }

    private static Map<String, Object> service() {
        return Forms.service(Forms.BRIGHTSTART, "Mass Assignment Group").ages(0, 18).district("eastmere").build();
    }

    private static ValidatableResponse send(String method, String path, String ifMatch, Map<String, Object> body) {
        return ServerOwnedFields.send(Callers.directoryAdmin(), method, path, ifMatch, body);
    }
}
