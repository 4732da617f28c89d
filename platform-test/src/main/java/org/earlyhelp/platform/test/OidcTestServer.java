package org.earlyhelp.platform.test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * A stand-in OpenID provider for {@code @QuarkusTest}s: it publishes the signing key that
 * {@link Tokens} signs with, so services validate test tokens exactly as they validate
 * Keycloak's (signature, issuer, audience, expiry). It also plays the two other parts of Keycloak a
 * service talks to: the token endpoint for the service's own account (client credentials) and the
 * admin API's Organizations of the realm ({@link RealmOrganizations}: those of the project's realm
 * file), so the agency register is read over HTTP exactly as from Keycloak.
 */
public class OidcTestServer extends OidcWiremockTestResource {

    public static final String ISSUER = "https://server.example.com";
    /** The realm path of the stand-in, under its {@code keycloak.url}. */
    static final String REALM = "/realms/quarkus";

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        String keycloak = config.get("keycloak.url");
        config.put("quarkus.oidc.auth-server-url", keycloak + REALM);
        config.put("quarkus.oidc.token.issuer", ISSUER);
        config.put("quarkus.oidc.token.audience", Tokens.AUDIENCE);
        WireMock wireMock = client(keycloak);
        serviceAccountTokens(wireMock, URI.create(keycloak).getPath());
        RealmOrganizations.serve(wireMock, URI.create(keycloak).getPath() + "/admin" + REALM);
        return config;
    }

    /** A client of this stand-in's WireMock, for tests that change what it answers. */
    public static WireMock client(String keycloakUrl) {
        URI url = URI.create(keycloakUrl);
        return new WireMock(url.getHost(), url.getPort());
    }

    /** Client-credentials tokens for whichever service asks: a real signed token with no agency, valid for an hour. */
    private static void serviceAccountTokens(WireMock wireMock, String base) {
        Duration lifetime = Duration.ofHours(1);
        String token = Tokens.serviceAccount("test-service").expiresAt(Instant.now().plus(lifetime)).sign();
        wireMock.register(post(urlPathEqualTo(base + REALM + "/protocol/openid-connect/token"))
                .withRequestBody(containing("grant_type=client_credentials"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
                        "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                                + lifetime.toSeconds() + "}")));
    }
}
