package org.earlyhelp.e2e;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The suite's Keycloak admin REST API, signed in as the launcher's local-only bootstrap admin.
 * Test-only clients and users are made here at test time rather than in the realm file, so no
 * deployment can ever import them (decision 0013). Each is replaced if a previous run left it.
 */
public final class KeycloakAdmin {

    /** The launcher's demo bootstrap admin (local-stack {@code Keycloak.DEMO_ADMIN}); demo credentials, local only. */
    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "admin-demo-password";
    private static final String REALM = "/admin/realms/early-help";

    private KeycloakAdmin() {
    }

    private static RequestSpecification admin() {
        String token = given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", ADMIN).formParam("password", ADMIN_PASSWORD)
                .when().post(TheSuite.running().keycloakUrl() + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        return given().baseUri(TheSuite.running().keycloakUrl()).auth().oauth2(token).contentType(ContentType.JSON);
    }

    /**
     * A public client allowing the password grant whose access tokens live {@code lifespanSeconds}, with the
     * realm's default scopes (agency claim, audience {@code early-help-api}) like the web client.
     */
    public static void shortLivedClient(String clientId, int lifespanSeconds) {
        replaceClient(Map.of("clientId", clientId, "publicClient", true, "directAccessGrantsEnabled", true,
                "standardFlowEnabled", false, "attributes", Map.of("access.token.lifespan", String.valueOf(lifespanSeconds))));
    }

    /** A public client allowing the password grant whose tokens carry the agency claim but are meant for {@code audience}. */
    public static void clientForAnotherApi(String clientId, String audience) {
        replaceClient(Map.of("clientId", clientId, "publicClient", true, "directAccessGrantsEnabled", true,
                "standardFlowEnabled", false,
                "defaultClientScopes", List.of("basic", "roles", "profile", "organization"),
                "protocolMappers", List.of(Map.of("name", "audience", "protocol", "openid-connect",
                        "protocolMapper", "oidc-audience-mapper",
                        "config", Map.of("included.custom.audience", audience, "access.token.claim", "true",
                                "id.token.claim", "false")))));
    }

    private static void replaceClient(Map<String, Object> client) {
        List<String> existing = admin().queryParam("clientId", client.get("clientId")).when().get(REALM + "/clients")
                .then().statusCode(200).extract().path("id");
        existing.forEach(id -> admin().when().delete(REALM + "/clients/{id}", id).then().statusCode(204));
        admin().body(client).when().post(REALM + "/clients").then().statusCode(201);
    }

    /** A practitioner of {@code agency} with its own password; replaced if a previous run left one. Returns the user id. */
    public static String practitioner(String username, String password, Agency agency) {
        List<String> existing = admin().queryParam("username", username).queryParam("exact", true)
                .when().get(REALM + "/users").then().statusCode(200).extract().path("id");
        existing.forEach(id -> admin().when().delete(REALM + "/users/{id}", id).then().statusCode(204));
        admin().body(Map.of("username", username, "enabled", true, "firstName", "Test", "lastName", "Leaver",
                        "email", username + "@example.org", "emailVerified", true,
                        "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))))
                .when().post(REALM + "/users").then().statusCode(201);
        String userId = admin().queryParam("username", username).queryParam("exact", true)
                .when().get(REALM + "/users").then().statusCode(200).extract().path("[0].id");
        Map<String, Object> practitioner = admin().when().get(REALM + "/roles/practitioner").then().statusCode(200)
                .extract().jsonPath().getMap("");
        admin().body(List.of(practitioner)).when().post(REALM + "/users/{id}/role-mappings/realm", userId)
                .then().statusCode(204);
        String organizationId = admin().queryParam("q", "alias:" + agency.code()).when().get(REALM + "/organizations")
                .then().statusCode(200).extract().path("[0].id");
        admin().body("\"" + userId + "\"").when().post(REALM + "/organizations/{id}/members", organizationId)
                .then().statusCode(201);
        return userId;
    }

    public static void disableUser(String userId) {
        admin().body(Map.of("enabled", false)).when().put(REALM + "/users/{id}", userId).then().statusCode(204);
    }

    /** Ends every session of the user (the console's "Sign out"): their refresh tokens stop working. */
    public static void endSessions(String userId) {
        admin().when().post(REALM + "/users/{id}/logout", userId).then().statusCode(204);
    }

    /**
     * Sets the realm's frontend URL, which Keycloak puts in the {@code iss} of every token it signs
     * from then on: the honest way to get a token with the right key and the wrong issuer.
     * An empty value restores the server's own URL.
     */
    public static void frontendUrl(String url) {
        admin().body(Map.of("attributes", Map.of("frontendUrl", url))).when().put(REALM).then().statusCode(204);
    }
}
