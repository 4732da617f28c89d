package org.earlyhelp.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Keycloak gets the project's one realm: in production without any demo person or demo secret. */
class RealmImportTest {

    @Test
    void theCommittedRealmImportsAreMadeFromTheCurrentRealm() throws IOException {
        RealmImports imports = RealmImports.of(Manifests.root());
        String hint = "Regenerate them: ./mvnw -B -q -pl k8s-tests test-compile exec:java -Dexec.classpathScope=test "
                + "-Dexec.mainClass=org.earlyhelp.k8s.RealmImports";

        assertThat(committed(RealmImports.BASE_FILE).equals(imports.realmImport()))
                .withFailMessage(RealmImports.BASE_FILE + " no longer matches keycloak/early-help-realm.json. " + hint).isTrue();
        assertThat(committed(RealmImports.DEMO_USERS_FILE).equals(imports.demoUsersPatch()))
                .withFailMessage(RealmImports.DEMO_USERS_FILE + " no longer matches keycloak/early-help-realm.json. " + hint).isTrue();
    }

    @Test
    void productionImportsTheRealmWithoutDemoPeoplePasswordsOrClientSecrets() {
        JsonNode spec = Manifests.overlay("prod").get("KeycloakRealmImport", "early-help").path("spec");
        JsonNode realm = spec.path("realm");

        assertThat(realm.path("users")).isNotEmpty().allSatisfy(user -> {
            assertThat(user.has("serviceAccountClientId")).as("%s is a service account", user.path("username")).isTrue();
            assertThat(user.has("credentials")).isFalse();
        });
        assertThat(realm.toString()).doesNotContain("demo-password").doesNotContain("demo-secret");
        assertThat(realm.path("sslRequired").asText()).isEqualTo("external");

        Set<String> used = new TreeSet<>();
        for (JsonNode client : realm.path("clients")) {
            if (client.has("secret")) {
                String clientId = client.path("clientId").asText();
                assertThat(client.path("secret").asText()).as(clientId).isEqualTo("${" + RealmImports.placeholderOf(clientId) + "}");
                used.add(RealmImports.placeholderOf(clientId));
                assertThat(spec.path("placeholders").path(RealmImports.placeholderOf(clientId)).path("secret").path("name").asText())
                        .isEqualTo(RealmImports.secretOf(clientId));
            }
        }
        assertThat(used).containsAll(spec.path("placeholders").properties().stream().map(java.util.Map.Entry::getKey).toList())
                .contains(RealmImports.placeholderOf("referral-service"));
    }

    @Test
    void productionShipsNoDemoAgencyNoDemoPartnerSystemAndRecordsLoginAndAdminEvents() {
        JsonNode realm = Manifests.overlay("prod").get("KeycloakRealmImport", "early-help").path("spec").path("realm");

        assertThat(realm.path("organizations")).as("agencies are the deploying authority's, created after the import").isEmpty();
        assertThat(realm.path("organizationsEnabled").asBoolean()).isTrue();
        assertThat(realm.path("clients").findValuesAsText("clientId")).containsExactlyInAnyOrderElementsOf(RealmImports.SUITE_CLIENTS);
        assertThat(realm.path("users").findValuesAsText("serviceAccountClientId")).allSatisfy(client ->
                assertThat(RealmImports.SUITE_CLIENTS).contains(client));
        assertThat(realm.toString().toLowerCase()).as("no name of the demo authority or its demo agencies")
                .doesNotContain("northshire").doesNotContain("eastmere").doesNotContain("brightstart")
                .doesNotContain("westbrook").doesNotContain("kingsfold").doesNotContain("police-records");
        assertThat(realm.path("eventsEnabled").asBoolean()).as("login events").isTrue();
        assertThat(realm.path("adminEventsEnabled").asBoolean()).as("admin events").isTrue();
        assertThat(realm.path("adminEventsDetailsEnabled").asBoolean()).isTrue();
        assertThat(realm.path("eventsExpiration").asLong()).isPositive();
    }

    @Test
    void productionSignsBrowsersInOnlyForThePublicHttpsHost() {
        JsonNode realm = Manifests.overlay("prod").get("KeycloakRealmImport", "early-help").path("spec").path("realm");
        JsonNode web = null;
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals(RealmImports.WEB_CLIENT)) {
                web = client;
            }
        }

        assertThat(web).isNotNull();
        assertThat(web.path("redirectUris").toString()).isEqualTo("[\"" + RealmImports.PUBLIC_URL + "/*\"]");
        assertThat(web.path("webOrigins").toString()).isEqualTo("[\"" + RealmImports.PUBLIC_URL + "\"]");
        assertThat(Manifests.overlay("prod").get("Ingress", "gateway").path("spec").path("rules").get(0).path("host").asText())
                .isEqualTo(RealmImports.PUBLIC_URL.substring("https://".length()));
    }

    @Test
    void theDevEnvironmentHasTheDemoPeopleInTheirAgencies() {
        JsonNode realm = Manifests.overlay("dev").get("KeycloakRealmImport", "early-help").path("spec").path("realm");

        assertThat(realm.path("users").findValuesAsText("username")).contains("pc.hughes", "hub.patel", "auditor.dpo",
                "service-account-police-records-system");
        assertThat(realm.path("organizations").findValuesAsText("username")).contains("pc.hughes");
        assertThat(realm.path("organizations").findValuesAsText("alias")).contains("northshire-early-help");
        assertThat(realm.path("clients").findValuesAsText("clientId")).contains("police-records-system", "brightstart-system",
                "csc-front-door-system");
    }

    private static JsonNode committed(String file) throws IOException {
        return Manifests.YAML.readTree(Files.readString(Manifests.root().resolve(file)));
    }
}
