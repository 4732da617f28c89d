package org.earlyhelp.platform.test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.WireMock;

/**
 * The Organizations of the project's realm ({@code keycloak/early-help-realm.json}, found by walking up from the
 * working directory) as Keycloak's admin API lists them: {@code GET <server>/admin/realms/<realm>/organizations
 * ?briefRepresentation=false&first=&max=} with a bearer token, each an OrganizationRepresentation without its members,
 * in Keycloak's order (by name).
 */
public final class RealmOrganizations {

    static final String REALM_FILE = "keycloak/early-help-realm.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Page sizes a client may ask for; each gets its pages stubbed. */
    private static final List<Integer> PAGE_SIZES = List.of(1, 2, 3, 5, 10, 20, 50, 100);

    private RealmOrganizations() {
    }

    /**
     * Agencies only the services' tests know, beside the realm's: an agency type the demo realm has none of, and
     * districts of their own so that a test's triage queue holds only its referrals. Codes are checked against the
     * register, so a test's agency or district must be in it.
     */
    public static final String TEST_YOUTH_JUSTICE = "northshire-youth-justice";
    /** Districts served by the test-only council below: one per test that needs a queue of its own. */
    public static final List<String> TEST_DISTRICTS = List.of("riskford", "queueford", "ferrybridge", "saltmarsh");
    /** Lead agencies with a district each ({@code test-hub-<n>} serves {@code test-district-<n>}), for tests that need one alone. */
    public static final int TEST_HUBS = 12;

    /** The {@code n}th (from 1) test-only lead agency and the district only it serves. */
    public static String testHub(int n) {
        return "test-hub-" + n;
    }

    public static String testDistrict(int n) {
        return "test-district-" + n;
    }

    /** The realm's Organizations as Keycloak represents them in a list, with the test-only ones. */
    public static List<ObjectNode> all() {
        List<ObjectNode> organizations = new ArrayList<>();
        for (JsonNode organization : realm().path("organizations")) {
            ObjectNode listed = ((ObjectNode) organization).deepCopy();
            listed.remove(List.of("members", "identityProviders"));
            organizations.add(listed);
        }
        organizations.add(testOnly(TEST_YOUTH_JUSTICE, "Northshire Youth Justice Service (tests only)", "youth-justice",
                List.of("eastmere", "westbrook", "kingsfold")));
        organizations.add(testOnly("testford-council", "Testford District Council (tests only)", "local-authority",
                TEST_DISTRICTS));
        organizations.add(testOnly("ferrybridge-housing", "Ferrybridge Housing (tests only)", "housing", List.of("ferrybridge")));
        for (int n = 1; n <= TEST_HUBS; n++) {
            organizations.add(testOnly(testHub(n), "Test family hub " + n + " (tests only)", "local-authority",
                    List.of(testDistrict(n))));
        }
        organizations.sort((a, b) -> a.path("name").asText().compareTo(b.path("name").asText()));
        return organizations;
    }

    /** The agency codes (Organization aliases) of the realm. */
    public static List<String> codes() {
        return all().stream().map(organization -> organization.path("alias").asText()).toList();
    }

    /** Stubs the admin API path {@code <adminRealmPath>/organizations} on {@code wireMock}. */
    static void serve(WireMock wireMock, String adminRealmPath) {
        String path = adminRealmPath + "/organizations";
        List<ObjectNode> organizations = all();
        wireMock.register(get(urlPathEqualTo(path)).atPriority(9)
                .withHeader("Authorization", absent())
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"HTTP 401 Unauthorized\"}")));
        wireMock.register(get(urlPathEqualTo(path)).atPriority(8)
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(json(List.of())));
        for (int max : PAGE_SIZES) {
            for (int first = 0; first < organizations.size(); first += max) {
                wireMock.register(get(urlPathEqualTo(path)).atPriority(5)
                        .withHeader("Authorization", matching("Bearer .+"))
                        .withQueryParam("first", equalTo(String.valueOf(first)))
                        .withQueryParam("max", equalTo(String.valueOf(max)))
                        .willReturn(json(organizations.subList(first, Math.min(organizations.size(), first + max)))));
            }
        }
    }

    private static ObjectNode testOnly(String alias, String name, String type, List<String> areas) {
        ObjectNode organization = JSON.createObjectNode();
        organization.put("id", java.util.UUID.nameUUIDFromBytes(alias.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
        organization.put("name", name);
        organization.put("alias", alias);
        organization.put("enabled", true);
        ObjectNode attributes = organization.putObject("attributes");
        attributes.putArray("agency_type").add(type);
        ArrayNode served = attributes.putArray("areas");
        areas.forEach(served::add);
        organization.putArray("domains");
        return organization;
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(List<ObjectNode> organizations) {
        ArrayNode array = JSON.createArrayNode();
        array.addAll(organizations);
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(array.toString());
    }

    static JsonNode realm() {
        Path file = realmFile();
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static Path realmFile() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(REALM_FILE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No " + REALM_FILE + " in " + Path.of("").toAbsolutePath() + " or above");
    }
}
