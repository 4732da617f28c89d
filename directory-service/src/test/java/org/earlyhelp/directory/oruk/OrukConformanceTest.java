package org.earlyhelp.directory.oruk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.earlyhelp.directory.importing.OrukSchemas;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Requests every ORUK endpoint of the running service (real PostgreSQL, the Northshire demo
 * directory) and validates each response against the official ORUK 3.0 schemas in
 * {@code ../shared/conformance/oruk-3.0/offline/schema} (draft 2020-12, format assertions on),
 * walks every list page by page, fetches every record the lists name by its id, and checks that
 * every id is a UUID.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class OrukConformanceTest {

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path schemaFolder;
    private static OrukSchemas official;

    @BeforeAll
    static void officialSchemas() {
        Path root = Path.of(System.getProperty("earlyhelp.root", "..")).toAbsolutePath().normalize();
        Path shared = root.resolve("../shared/conformance/oruk-3.0/offline/schema").normalize();
        // The official schemas beside the checkout when they are there; otherwise (e.g. a CI clone on its
        // own) the byte-identical copy this service ships for validating imports (see its README).
        schemaFolder = java.nio.file.Files.isDirectory(shared) ? shared
                : root.resolve("directory-service/src/main/resources/oruk-3.0/schema");
        assertThat(schemaFolder.resolve("service.json")).as("the official ORUK 3.0 schemas").exists();
        official = OrukSchemas.in(schemaFolder);
    }

    @Test
    void theApiDetailsNameTheProfileAndThisApisOwnOpenApiDocument() {
        JsonNode details = conforming("/oruk/", "api_details.json");
        assertThat(details.get("version").asText()).isEqualTo("HSDS-UK-3.0");
        String openapi = details.get("openapi_url").asText();
        assertThat(openapi).endsWith("/openapi/directory?format=json");
        given().when().get(Path.of(java.net.URI.create(openapi).getPath()).toString() + "?format=json")
                .then().statusCode(200);
        conforming("/oruk", "api_details.json");
    }

    @Test
    void everyServiceListPageAndEveryServiceConform() {
        List<JsonNode> services = allPages("/oruk/services", "service_list.json", 7);
        assertThat(services).hasSizeGreaterThanOrEqualTo(40);
        for (JsonNode service : services) {
            JsonNode full = conforming("/oruk/services/" + service.get("id").asText(), "service.json");
            assertThat(full.get("id")).isEqualTo(service.get("id"));
        }
        allPages("/oruk/services?full=true", "service_list.json", 25);
        allPages("/oruk/services?minimal=true", "service_list.json", 100);
        allPages("/oruk/services?status=active,inactive,defunct,temporarily closed&search=family", "service_list.json", 5);
    }

    @Test
    void everyTaxonomyAndTermConforms() {
        for (JsonNode taxonomy : allPages("/oruk/taxonomies", "taxonomy_list.json", 1)) {
            conforming("/oruk/taxonomies/" + taxonomy.get("id").asText(), "taxonomy.json");
        }
        for (JsonNode term : allPages("/oruk/taxonomy_terms", "taxonomy_term_list.json", 5)) {
            conforming("/oruk/taxonomy_terms/" + term.get("id").asText(), "taxonomy_term.json");
        }
        allPages("/oruk/taxonomy_terms?top_only=true", "taxonomy_term_list.json", 4);
    }

    @Test
    void everyOrganizationConforms() {
        for (JsonNode organization : allPages("/oruk/organizations", "organization_list.json", 4)) {
            conforming("/oruk/organizations/" + organization.get("id").asText(), "organization.json");
            conforming("/oruk/organizations/" + organization.get("id").asText() + "?full_service=true", "organization.json");
        }
        allPages("/oruk/organizations?full=true", "organization_list.json", 10);
    }

    @Test
    void everyServiceAtLocationConforms() {
        for (JsonNode site : allPages("/oruk/service_at_locations", "service_at_location_list.json", 9)) {
            conforming("/oruk/service_at_locations/" + site.get("id").asText(), "service_at_location.json");
        }
        allPages("/oruk/service_at_locations?postcode=NS1 1EJ&proximity=8000", "service_at_location_list.json", 3);
        allPages("/oruk/service_at_locations?full=true&postcode=NS7", "service_at_location_list.json", 20);
    }

    @Test
    void anEmptyResultIsAConformingEmptyPage() {
        JsonNode page = conforming("/oruk/services?search=zzzqqqxxx", "service_list.json");
        assertThat(page.get("empty").asBoolean()).isTrue();
        assertThat(page.get("total_items").asInt()).isZero();
        assertThat(page.get("contents")).isEmpty();
        assertThat(page.get("first_page").asBoolean()).isTrue();
        assertThat(page.get("last_page").asBoolean()).isTrue();
    }

    @Test
    void theBundledSchemasAreTheOfficialOnes() throws IOException {
        try (var files = Files.list(schemaFolder)) {
            for (Path official : files.toList()) {
                try (var bundled = getClass().getResourceAsStream("/oruk-3.0/schema/" + official.getFileName())) {
                    assertThat(bundled).as(official.getFileName().toString()).isNotNull();
                    assertThat(bundled.readAllBytes()).isEqualTo(Files.readAllBytes(official));
                }
            }
        }
    }

    /**
     * Reads every page of a list with the given page size, checking each against the schema and
     * ORUK's envelope rules; returns the contents of all pages.
     */
    static List<JsonNode> allPages(String path, String schema, int perPage) {
        List<JsonNode> all = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        JsonNode first = conforming(path + separator + "per_page=" + perPage, schema);
        long total = first.get("total_items").asLong();
        int pages = first.get("total_pages").asInt();
        assertThat(pages).isEqualTo(Math.max(1, (int) ((total + perPage - 1) / perPage)));
        for (int number = 1; number <= pages; number++) {
            JsonNode page = number == 1 ? first : conforming(path + separator + "per_page=" + perPage + "&page=" + number, schema);
            assertThat(page.get("total_items").asLong()).as("total on page %d", number).isEqualTo(total);
            assertThat(page.get("total_pages").asInt()).isEqualTo(pages);
            assertThat(page.get("page_number").asInt()).isEqualTo(number);
            assertThat(page.get("size").asInt()).isEqualTo(page.get("contents").size());
            assertThat(page.get("first_page").asBoolean()).isEqualTo(number == 1);
            assertThat(page.get("last_page").asBoolean()).isEqualTo(number == pages);
            assertThat(page.get("empty").asBoolean()).isEqualTo(page.get("contents").isEmpty());
            if (number < pages) {
                assertThat(page.get("size").asInt()).as("a page before the last is full").isEqualTo(perPage);
            } else {
                assertThat(page.get("size").asLong()).isEqualTo(total - (long) (pages - 1) * perPage);
            }
            page.get("contents").forEach(all::add);
        }
        assertThat(all.stream().map(item -> item.get("id").asText()).distinct().count())
                .as("no record on two pages").isEqualTo(all.size());
        return all;
    }

    /** GETs the path, checks 200 JSON, the schema and that every id in it is a UUID; returns the body. */
    static JsonNode conforming(String path, String schema) {
        String body = given().when().get(path).then().statusCode(200).contentType("application/json").extract().asString();
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(path + " answered no JSON", e);
        }
        assertThat(official.validate(schema, json, "$")).as("%s against %s", path, schema).isEmpty();
        assertIdsAreUuids(json, "$", path);
        return json;
    }

    private static void assertIdsAreUuids(JsonNode node, String at, String path) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = field.getKey();
                if ((name.equals("id") || name.endsWith("_id")) && !field.getValue().isNull()) {
                    assertThat(field.getValue().asText()).as("%s %s.%s", path, at, name).matches(UUID_TEXT);
                    assertThat(UUID.fromString(field.getValue().asText())).isNotNull();
                }
                assertIdsAreUuids(field.getValue(), at + "." + name, path);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                assertIdsAreUuids(node.get(i), at + "[" + i + "]", path);
            }
        }
    }
}
