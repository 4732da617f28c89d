package org.earlyhelp.platform.test;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * A stand-in OpenID provider for {@code @QuarkusTest}s: it publishes the signing key that
 * {@link Tokens} signs with, so services validate test tokens exactly as they validate
 * Keycloak's (signature, issuer, audience, expiry).
 */
public class OidcTestServer extends OidcWiremockTestResource {

    public static final String ISSUER = "https://server.example.com";

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.put("quarkus.oidc.auth-server-url", config.get("keycloak.url") + "/realms/quarkus");
        config.put("quarkus.oidc.token.issuer", ISSUER);
        config.put("quarkus.oidc.token.audience", Tokens.AUDIENCE);
        return config;
    }
}
