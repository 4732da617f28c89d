package org.earlyhelp.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * Derives the Keycloak Operator's realm import from {@code keycloak/early-help-realm.json}, the
 * one realm definition. Production gets no demo data: no demo person, no demo agency
 * (Organization) and no demo partner system (a client that is not one of the suite's own); the
 * suite's service accounts stay (they carry the services' roles) and join the authority's hub
 * agency when the authority creates it (k8s/README.md). Every client secret is a placeholder
 * filled from a Secret at import time, TLS is required, login and admin events are recorded and
 * the web client is bound to the public host. The dev overlay adds the demo agencies, partner
 * systems and people back with a patch made here too. {@link #main} writes both files; {@code RealmImportTest}
 * fails when they no longer match the realm.
 */
public final class RealmImports {

    static final String BASE_FILE = "k8s/base/keycloak/realm-import.yaml";
    static final String DEMO_USERS_FILE = "k8s/overlays/dev/realm-demo-users.yaml";
    static final String PUBLIC_URL = "https://early-help.example.org";
    static final String DEV_PUBLIC_URL = "https://early-help.dev.example.org";
    static final String WEB_CLIENT = "early-help-web";
    /** The web module's own client (confidential, code flow): bound to the public host like the browser client. */
    static final String WEB_APP_CLIENT = "early-help-web-app";
    static final Set<String> WEB_CLIENTS = Set.of(WEB_CLIENT, WEB_APP_CLIENT);
    /** The suite's own clients: the web front end, the gateway and the services. Any other client is a demo partner system. */
    static final Set<String> SUITE_CLIENTS = Set.of(WEB_CLIENT, WEB_APP_CLIENT, "gateway", "directory-service",
            "referral-service", "case-service", "consent-service");
    /** Login and admin events are kept this long (seconds) for the audit of who signed in and who changed the realm. */
    static final int EVENTS_EXPIRATION_SECONDS = 90 * 24 * 60 * 60;
    /** The browser flow of production: a password, then a code from an authenticator app, for every person (decision 0059). */
    static final String SECOND_FACTOR_FLOW = "browser with second factor";
    /** Wrong passwords in a row that lock a person out for a while. */
    static final int FAILURES_BEFORE_LOCKOUT = 10;

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

    static boolean isPartnerClient(JsonNode client) {
        return !SUITE_CLIENTS.contains(client.path("clientId").asText());
    }

    /** Demo data: a person, or the service account of a demo partner system. */
    private static boolean isDemoUser(JsonNode user) {
        return isPerson(user) || !SUITE_CLIENTS.contains(user.path("serviceAccountClientId").asText());
    }

    /** The KeycloakRealmImport resource of the base: the realm as production gets it. */
    ObjectNode realmImport() {
        ObjectNode prod = realm.deepCopy();
        prod.put("sslRequired", "external");
        // The demo realm is named after the demo authority; the deploying authority renames it.
        prod.put("displayName", "Early Help Hub");
        prod.put("eventsEnabled", true);
        prod.put("eventsExpiration", EVENTS_EXPIRATION_SECONDS);
        prod.putArray("eventsListeners").add("jboss-logging");
        prod.put("adminEventsEnabled", true);
        prod.put("adminEventsDetailsEnabled", true);
        hardenSignIn(prod);
        ArrayNode serviceAccounts = prod.putArray("users");
        realm.path("users").forEach(user -> {
            if (!isDemoUser(user)) {
                serviceAccounts.add(user.deepCopy());
            }
        });
        prod.putArray("organizations");
        ArrayNode clients = prod.putArray("clients");
        ObjectNode placeholders = JsonNodeFactory.instance.objectNode();
        for (JsonNode node : realm.path("clients")) {
            if (isPartnerClient(node)) {
                continue;
            }
            ObjectNode client = node.deepCopy();
            String clientId = client.path("clientId").asText();
            if (client.has("secret")) {
                withPlaceholder(client, placeholders);
            }
            if (WEB_CLIENTS.contains(clientId)) {
                bindToHost(client, PUBLIC_URL);
                // A password sent straight to the token endpoint would skip the second factor.
                client.put("directAccessGrantsEnabled", false);
            }
            clients.add(client);
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

    /**
     * Production sign-in for people on shared office machines (decision 0059): every person signs in with a password and
     * a one-time code from an authenticator app (the first sign-in sets the app up), ten wrong passwords in a row lock the
     * account for a while, passwords are long rather than clever, and sessions end after 15 idle minutes or a working
     * day. Service accounts sign in with client credentials and are not affected.
     */
    private static void hardenSignIn(ObjectNode prod) {
        prod.put("bruteForceProtected", true);
        prod.put("permanentLockout", false);
        prod.put("failureFactor", FAILURES_BEFORE_LOCKOUT);
        prod.put("waitIncrementSeconds", 300);
        prod.put("maxFailureWaitSeconds", 900);
        prod.put("maxDeltaTimeSeconds", 12 * 60 * 60);
        prod.put("quickLoginCheckMilliSeconds", 1000);
        prod.put("minimumQuickLoginWaitSeconds", 60);
        // NCSC password guidance: length over composition rules; never the username or e-mail; no recent reuse.
        prod.put("passwordPolicy", "length(12) and maxLength(128) and notUsername and notEmail and passwordHistory(5)");
        prod.put("otpPolicyType", "totp");
        prod.put("otpPolicyAlgorithm", "HmacSHA1");
        prod.put("otpPolicyDigits", 6);
        prod.put("otpPolicyPeriod", 30);
        prod.put("otpPolicyLookAheadWindow", 1);
        prod.put("ssoSessionIdleTimeout", 15 * 60);
        prod.put("ssoSessionMaxLifespan", 10 * 60 * 60);
        prod.put("clientSessionIdleTimeout", 15 * 60);
        prod.put("clientSessionMaxLifespan", 10 * 60 * 60);
        prod.put("rememberMe", false);
        prod.put("browserFlow", SECOND_FACTOR_FLOW);
        ArrayNode flows = prod.putArray("authenticationFlows");
        ObjectNode browser = flows.addObject();
        browser.put("alias", SECOND_FACTOR_FLOW);
        browser.put("description", "A session cookie, or a password and then a one-time code; the code is set up at first sign-in");
        browser.put("providerId", "basic-flow");
        browser.put("topLevel", true);
        browser.put("builtIn", false);
        ArrayNode steps = browser.putArray("authenticationExecutions");
        execution(steps, "auth-cookie", "ALTERNATIVE", 10);
        ObjectNode forms = steps.addObject();
        forms.put("flowAlias", SECOND_FACTOR_FLOW + " forms");
        forms.put("requirement", "ALTERNATIVE");
        forms.put("priority", 20);
        forms.put("authenticatorFlow", true);
        forms.put("userSetupAllowed", false);
        ObjectNode sub = flows.addObject();
        sub.put("alias", SECOND_FACTOR_FLOW + " forms");
        sub.put("description", "Password, then a one-time code (required: a person without an authenticator app sets one up)");
        sub.put("providerId", "basic-flow");
        sub.put("topLevel", false);
        sub.put("builtIn", false);
        ArrayNode formSteps = sub.putArray("authenticationExecutions");
        execution(formSteps, "auth-username-password-form", "REQUIRED", 10);
        execution(formSteps, "auth-otp-form", "REQUIRED", 20);
    }

    private static void execution(ArrayNode steps, String authenticator, String requirement, int priority) {
        ObjectNode step = steps.addObject();
        step.put("authenticator", authenticator);
        step.put("requirement", requirement);
        step.put("priority", priority);
        step.put("authenticatorFlow", false);
        step.put("userSetupAllowed", false);
    }

    /** Replaces a client's secret by its placeholder and records the Secret it is read from. */
    private static void withPlaceholder(ObjectNode client, ObjectNode placeholders) {
        String clientId = client.path("clientId").asText();
        client.put("secret", "${" + placeholderOf(clientId) + "}");
        ObjectNode secret = placeholders.putObject(placeholderOf(clientId)).putObject("secret");
        secret.put("name", secretOf(clientId));
        secret.put("key", "client-secret");
    }

    /** JSON patch (RFC 6902) of the dev overlay: the demo agencies, partner systems and people, the web client on the dev host. */
    ArrayNode demoUsersPatch() {
        ArrayNode patch = JsonNodeFactory.instance.arrayNode();
        realm.path("users").forEach(user -> {
            if (isDemoUser(user)) {
                add(patch, "/spec/realm/users/-", user.deepCopy());
            }
        });
        replace(patch, "/spec/realm/organizations", realm.path("organizations").deepCopy());
        replace(patch, "/spec/realm/displayName",
                JsonNodeFactory.instance.textNode(realm.path("displayName").asText().replace(" (local development)", "")));
        ObjectNode placeholders = JsonNodeFactory.instance.objectNode();
        for (JsonNode node : realm.path("clients")) {
            if (isPartnerClient(node)) {
                ObjectNode client = node.deepCopy();
                if (client.has("secret")) {
                    withPlaceholder(client, placeholders);
                }
                add(patch, "/spec/realm/clients/-", client);
            }
        }
        placeholders.properties().forEach(entry -> add(patch, "/spec/placeholders/" + entry.getKey(), entry.getValue()));
        JsonNode clients = realmImport().path("spec").path("realm").path("clients");
        for (int index = 0; index < clients.size(); index++) {
            if (WEB_CLIENTS.contains(clients.get(index).path("clientId").asText())) {
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
