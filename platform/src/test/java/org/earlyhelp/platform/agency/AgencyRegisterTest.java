package org.earlyhelp.platform.agency;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.RealmOrganizations;
import org.earlyhelp.platform.test.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The agency register read over HTTP from Keycloak's admin API (the stand-in serves the realm file's Organizations in
 * Keycloak's shape, two a page here), listed by {@code GET /api/agencies}; an agency added in Keycloak is found by its
 * code, and a Keycloak that stops answering leaves the last copy in use.
 */
@QuarkusTest
@TestProfile(AgencyRegisterTest.QuickRefresh.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class AgencyRegisterTest {

    /** Short intervals so the refreshes happen within a test; small pages so paging is exercised. */
    public static class QuickRefresh implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("earlyhelp.agencies.refresh-interval", "1s", "earlyhelp.agencies.retry-interval", "1s",
                    "earlyhelp.agencies.miss-refresh-interval", "1s", "earlyhelp.agencies.page-size", "2");
        }
    }

    @Inject
    AgencyRegister register;

    @ConfigProperty(name = "keycloak.url")
    String keycloakUrl;

    private static String practitioner() {
        return Tokens.user("worker.lee").agency("brightstart-family-support", "charity").roles("practitioner").bearer();
    }

    @Test
    void everyAgencyOfTheRealmIsListedWithItsTypeAndAreasByCode() {
        List<String> codes = new ArrayList<>(RealmOrganizations.codes());
        codes.sort(null);

        given().header("Authorization", practitioner()).queryParam("size", 100)
                .when().get("/api/agencies")
                .then().statusCode(200)
                .body("total", equalTo(codes.size()))
                .body("items.code", equalTo(codes))
                .body("items.find { it.code == 'northshire-police' }.type", equalTo("police"))
                .body("items.find { it.code == 'northshire-police' }.name", equalTo("Northshire Police"))
                .body("items.find { it.code == 'eastmere-surgery' }.areas", contains("eastmere"));
    }

    @Test
    void theListIsPaged() {
        int total = RealmOrganizations.codes().size();
        given().header("Authorization", practitioner()).queryParam("size", 4).queryParam("page", 2)
                .when().get("/api/agencies")
                .then().statusCode(200)
                .body("page", equalTo(2)).body("size", equalTo(4)).body("total", equalTo(total))
                .body("items", hasSize(Math.min(4, total - 8)));
        given().header("Authorization", practitioner()).queryParam("size", 101)
                .when().get("/api/agencies")
                .then().statusCode(400);
    }

    @Test
    void onlyASignedInCallerOfAnAgencyMayList() {
        given().when().get("/api/agencies").then().statusCode(401);
        given().header("Authorization", Tokens.user("nobody").roles("practitioner").bearer())
                .when().get("/api/agencies").then().statusCode(401);
    }

    @Test
    void anAgencyAddedInKeycloakIsFoundByItsCode() {
        WireMock keycloak = OidcTestServer.client(keycloakUrl);
        List<ObjectNode> organizations = new ArrayList<>(RealmOrganizations.all());
        ObjectNode school = organizations.get(0).deepCopy();
        school.put("id", "7d4f0c2e-0000-4000-8000-000000000001").put("alias", "westbrook-primary")
                .put("name", "Westbrook Primary School");
        school.putObject("attributes").putArray("agency_type").add("education");
        ((ObjectNode) school.get("attributes")).putArray("areas").add("westbrook");
        organizations.add(school);
        List<StubMapping> added = serveOnly(keycloak, organizations);
        try {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(register.find("westbrook-primary"))
                    .hasValueSatisfying(agency -> {
                        assertThat(agency.type()).isEqualTo("education");
                        assertThat(agency.areas()).containsExactly("westbrook");
                    }));
        } finally {
            added.forEach(keycloak::removeStubMapping);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> register.find("westbrook-primary").isEmpty());
    }

    @Test
    void whileKeycloakCannotBeReadTheLastCopyIsServed() {
        WireMock keycloak = OidcTestServer.client(keycloakUrl);
        String path = organizationsPath();
        assertThat(register.find("northshire-police")).isPresent();
        StubMapping down = keycloak.register(get(urlPathEqualTo(path)).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        try {
            int before = keycloak.find(getRequestedFor(urlPathEqualTo(path))).size();
            // Each refresh is tried three times: two refreshes failed.
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> keycloak.find(getRequestedFor(urlPathEqualTo(path))).size() >= before + 6);

            assertThat(register.find("northshire-police")).hasValueSatisfying(
                    agency -> assertThat(agency.type()).isEqualTo("police"));
            given().header("Authorization", practitioner()).queryParam("size", 100)
                    .when().get("/api/agencies")
                    .then().statusCode(200).body("total", equalTo(RealmOrganizations.codes().size()));
        } finally {
            keycloak.removeStubMapping(down);
        }
    }

    /** Stubs Keycloak to list exactly {@code organizations}, in pages of two, ahead of the realm file's. */
    private List<StubMapping> serveOnly(WireMock keycloak, List<ObjectNode> organizations) {
        List<StubMapping> stubs = new ArrayList<>();
        for (int first = 0; first <= organizations.size(); first += 2) {
            ArrayNode page = new ObjectMapper().createArrayNode()
                    .addAll(organizations.subList(first, Math.min(organizations.size(), first + 2)));
            stubs.add(keycloak.register(get(urlPathEqualTo(organizationsPath())).atPriority(1)
                    .withQueryParam("first", WireMock.equalTo(String.valueOf(first)))
                    .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(page.toString()))));
        }
        return stubs;
    }

    /** Where the stand-in serves Keycloak's admin API for the realm's Organizations. */
    private String organizationsPath() {
        return URI.create(keycloakUrl).getPath() + "/admin/realms/quarkus/organizations";
    }
}
