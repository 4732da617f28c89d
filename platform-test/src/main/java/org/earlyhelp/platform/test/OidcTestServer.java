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

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * A stand-in OpenID provider for {@code @QuarkusTest}s: it publishes the signing key that
 * {@link Tokens} signs with, so services validate test tokens exactly as they validate
 * Keycloak's (signature, issuer, audience, expiry). It also plays the two other parts of Keycloak a
 * service talks to: the token endpoint for the service's own account (client credentials, with the realm's roles for
 * that account) and the
 * admin API's Organizations of the realm ({@link RealmOrganizations}: those of the project's realm
 * file), so the agency register is read over HTTP exactly as from Keycloak.
 */
public class OidcTestServer extends OidcWiremockTestResource {

    public static final String ISSUER = "https://server.example.com";
    /** The realm path of the stand-in, under its {@code keycloak.url}. */
    static final String REALM = "/realms/quarkus";
    /** The client secret every service under test authenticates to the stand-in's token endpoint with (a test value). */
    static final String CLIENT_SECRET = "stand-in-client-secret";
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        String keycloak = config.get("keycloak.url");
        config.put("quarkus.oidc.auth-server-url", keycloak + REALM);
        config.put("quarkus.oidc.token.issuer", ISSUER);
        config.put("quarkus.oidc.token.audience", Tokens.AUDIENCE);
        config.put("quarkus.oidc-client.credentials.secret", CLIENT_SECRET);
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

    /**
     * Client-credentials tokens: a client of the realm with a service account (the suite's services, partner systems)
     * gets the token Keycloak issues it, with that account's roles and Organization ({@link RealmServiceAccounts});
     * any other client a real signed token with no agency and no role. Each is valid for an hour.
     */
    private static void serviceAccountTokens(WireMock wireMock, String base) {
        String path = base + REALM + "/protocol/openid-connect/token";
        Instant expiry = Instant.now().plus(TOKEN_LIFETIME);
        wireMock.register(post(urlPathEqualTo(path)).atPriority(9)
                .withRequestBody(containing("grant_type=client_credentials"))
                .willReturn(tokenResponse(Tokens.serviceAccount("test-service").expiresAt(expiry))));
        for (RealmServiceAccounts.Account account : RealmServiceAccounts.all()) {
            wireMock.register(post(urlPathEqualTo(path)).atPriority(5)
                    .withBasicAuth(account.clientId(), CLIENT_SECRET)
                    .withRequestBody(containing("grant_type=client_credentials"))
                    .willReturn(tokenResponse(account.token().expiresAt(expiry))));
        }
    }

    private static ResponseDefinitionBuilder tokenResponse(Tokens token) {
        return aResponse().withHeader("Content-Type", "application/json").withBody("{\"access_token\":\"" + token.sign()
                + "\",\"token_type\":\"Bearer\",\"expires_in\":" + TOKEN_LIFETIME.toSeconds() + "}");
    }
}
