package org.earlyhelp.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * Derives the Keycloak Operator's realm import from {@code keycloak/early-help-realm.json}, the
 * one realm definition: without the demo people (service-account users stay: they carry the
 * services' roles), with every client secret a placeholder filled from a Secret at import time,
 * TLS required and the web client bound to the public host. The dev overlay adds the demo people
 * back with a patch made here too. {@link #main} writes both files; {@code RealmImportTest}
 * fails when they no longer match the realm.
 */
public final class RealmImports {

    static final String BASE_FILE = "k8s/base/keycloak/realm-import.yaml";
    static final String DEMO_USERS_FILE = "k8s/overlays/dev/realm-demo-users.yaml";
    static final String PUBLIC_URL = "https://early-help.example.org";
    static final String DEV_PUBLIC_URL = "https://early-help.dev.example.org";
    static final String WEB_CLIENT = "early-help-web";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR));
    private static final String HEADER = """
            # Made by org.earlyhelp.k8s.RealmImports from keycloak/early-help-realm.json; do not edit.
            # After changing the realm: ./mvnw -B -q -pl k8s-tests test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.earlyhelp.k8s.RealmImports
            """;

    private final JsonNode realm;

    private RealmImports(JsonNode realm) {
        this.realm = realm;
    }

    static RealmImports of(Path root) throws IOException {
        return new RealmImports(JSON.readTree(root.resolve("keycloak/early-help-realm.json").toFile()));
    }

    /** The environment variable a client's secret is read from at import time. */
    static String placeholderOf(String clientId) {
        return "EARLYHELP_SECRET_" + clientId.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** The Secret (key {@code client-secret}) that holds a confidential client's secret, for Keycloak and the service alike. */
    static String secretOf(String clientId) {
        return clientId + "-oidc";
    }

    static boolean isPerson(JsonNode user) {
        return !user.has("serviceAccountClientId");
    }

    /** The KeycloakRealmImport resource of the base: the realm as production gets it. */
    ObjectNode realmImport() {
        ObjectNode prod = realm.deepCopy();
        prod.put("sslRequired", "external");
        prod.put("displayName", realm.path("displayName").asText().replace(" (local development)", ""));
        ArrayNode serviceAccounts = prod.putArray("users");
        realm.path("users").forEach(user -> {
            if (!isPerson(user)) {
                serviceAccounts.add(user.deepCopy());
            }
        });
        Set<String> people = people();
        for (JsonNode organization : prod.path("organizations")) {
            for (Iterator<JsonNode> members = organization.path("members").elements(); members.hasNext(); ) {
                if (people.contains(members.next().path("username").asText())) {
                    members.remove();
                }
            }
        }
        ObjectNode placeholders = JsonNodeFactory.instance.objectNode();
        for (JsonNode node : prod.path("clients")) {
            ObjectNode client = (ObjectNode) node;
            String clientId = client.path("clientId").asText();
            if (client.has("secret")) {
                client.put("secret", "${" + placeholderOf(clientId) + "}");
                ObjectNode secret = placeholders.putObject(placeholderOf(clientId)).putObject("secret");
                secret.put("name", secretOf(clientId));
                secret.put("key", "client-secret");
            }
            if (clientId.equals(WEB_CLIENT)) {
                bindToHost(client, PUBLIC_URL);
            }
        }
        ObjectNode resource = JsonNodeFactory.instance.objectNode();
        resource.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        resource.put("kind", "KeycloakRealmImport");
        resource.putObject("metadata").put("name", realm.path("realm").asText());
        ObjectNode spec = resource.putObject("spec");
        spec.put("keycloakCRName", "keycloak");
        spec.set("placeholders", placeholders);
        spec.set("realm", prod);
        return resource;
    }

    /** JSON patch (RFC 6902) of the dev overlay: the demo people and their agencies, the web client on the dev host. */
    ArrayNode demoUsersPatch() {
        ArrayNode patch = JsonNodeFactory.instance.arrayNode();
        realm.path("users").forEach(user -> {
            if (isPerson(user)) {
                add(patch, "/spec/realm/users/-", user.deepCopy());
            }
        });
        Set<String> people = people();
        JsonNode organizations = realm.path("organizations");
        for (int index = 0; index < organizations.size(); index++) {
            for (JsonNode member : organizations.get(index).path("members")) {
                if (people.contains(member.path("username").asText())) {
                    add(patch, "/spec/realm/organizations/" + index + "/members/-", member.deepCopy());
                }
            }
        }
        JsonNode clients = realm.path("clients");
        for (int index = 0; index < clients.size(); index++) {
            if (clients.get(index).path("clientId").asText().equals(WEB_CLIENT)) {
                ObjectNode client = JsonNodeFactory.instance.objectNode();
                bindToHost(client, DEV_PUBLIC_URL);
                String at = "/spec/realm/clients/" + index;
                replace(patch, at + "/redirectUris", client.get("redirectUris"));
                replace(patch, at + "/webOrigins", client.get("webOrigins"));
                replace(patch, at + "/attributes/post.logout.redirect.uris", client.path("attributes").get("post.logout.redirect.uris"));
            }
        }
        return patch;
    }

    static String yaml(JsonNode content) throws IOException {
        return HEADER + YAML.writeValueAsString(content);
    }

    private Set<String> people() {
        Set<String> people = new TreeSet<>();
        realm.path("users").forEach(user -> {
            if (isPerson(user)) {
                people.add(user.path("username").asText());
            }
        });
        return people;
    }

    private static void bindToHost(ObjectNode client, String url) {
        client.putArray("redirectUris").add(url + "/*");
        client.putArray("webOrigins").add(url);
        ObjectNode attributes = client.has("attributes") ? (ObjectNode) client.get("attributes") : client.putObject("attributes");
        attributes.put("post.logout.redirect.uris", url + "/*");
    }

    private static void add(ArrayNode patch, String path, JsonNode value) {
        patch.addObject().put("op", "add").put("path", path).set("value", value);
    }

    private static void replace(ArrayNode patch, String path, JsonNode value) {
        patch.addObject().put("op", "replace").put("path", path).set("value", value);
    }

    /** Writes the base realm import and the dev overlay's patch from the realm file. */
    public static void main(String[] args) throws IOException {
        Path root = Manifests.root();
        RealmImports imports = of(root);
        Files.writeString(root.resolve(BASE_FILE), yaml(imports.realmImport()));
        Files.writeString(root.resolve(DEMO_USERS_FILE), yaml(imports.demoUsersPatch()));
        System.out.println("Wrote " + BASE_FILE + " and " + DEMO_USERS_FILE);
    }
}
