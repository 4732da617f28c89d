package org.earlyhelp.directory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** One OpenAPI document describes both the public ORUK API and the admin API; only the admin API asks for a token. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class OpenApiDocumentTest {

    @Test
    void theDocumentDescribesThePublicAndTheAdminApi() {
        JsonPath document = given().when().get("/openapi/directory?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Object> paths = document.getMap("paths");
        assertThat(paths).containsKeys("/oruk", "/oruk/services", "/oruk/services/{id}", "/oruk/service_at_locations",
                "/oruk/service_at_locations/{id}", "/oruk/organizations", "/oruk/organizations/{id}", "/oruk/taxonomies",
                "/oruk/taxonomies/{id}", "/oruk/taxonomy_terms", "/oruk/taxonomy_terms/{id}",
                "/api/directory/services", "/api/directory/services/{id}", "/api/directory/services/{id}/status",
                "/api/directory/organizations", "/api/directory/locations", "/api/directory/taxonomies",
                "/api/directory/taxonomy-terms", "/api/directory/imports", "/api/directory/export");
        assertThat(document.getList("paths.'/oruk/services'.get.security")).isNullOrEmpty();
        assertThat(document.getList("paths.'/api/directory/services'.post.security")).isNotEmpty();
        assertThat(document.getList("paths.'/oruk/services'.get.parameters.name")).contains("search", "page", "per_page",
                "taxonomy_term_id", "taxonomy_id", "organization_id", "modified_after", "minimal", "full", "need", "age", "district");
    }
}
