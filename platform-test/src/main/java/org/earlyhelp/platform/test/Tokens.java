package org.earlyhelp.platform.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Mints real signed access tokens shaped like the ones Keycloak issues for the
 * {@code early-help} realm, for services under test with {@link OidcTestServer}:
 *
 * <pre>{@code
 * String token = Tokens.user("pc.hughes").agency("northshire-police", "police").roles("practitioner").sign();
 * }</pre>
 */
public final class Tokens {

    public static final String AUDIENCE = "early-help-api";
    private static final String KEY = "privateKey.jwk";

    private final String username;
    private String clientId = "early-help-web";
    private String agency;
    private String agencyType;
    private List<String> areas = List.of("eastmere", "westbrook", "kingsfold");
    private final Set<String> roles = new LinkedHashSet<>();
    private String issuer = OidcTestServer.ISSUER;
    private String audience = AUDIENCE;
    private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(5));

    private Tokens(String username) {
        this.username = username;
    }

    /** A person signed in through the web client. */
    public static Tokens user(String username) {
        return new Tokens(username);
    }

    /** A partner agency's system using client credentials: role {@code partner-system}. */
    public static Tokens partnerSystem(String clientId) {
        Tokens tokens = new Tokens("service-account-" + clientId);
        tokens.clientId = clientId;
        return tokens.roles("partner-system");
    }

    /** One of the suite's own services using client credentials: no agency, roles as given. */
    public static Tokens serviceAccount(String clientId) {
        Tokens tokens = new Tokens("service-account-" + clientId);
        tokens.clientId = clientId;
        return tokens;
    }

    public Tokens agency(String code, String type) {
        this.agency = code;
        this.agencyType = type;
        return this;
    }

    public Tokens areas(String... districts) {
        this.areas = List.of(districts);
        return this;
    }

    public Tokens roles(String... names) {
        roles.addAll(List.of(names));
        return this;
    }

    public Tokens issuer(String issuer) {
        this.issuer = issuer;
        return this;
    }

    public Tokens audience(String audience) {
        this.audience = audience;
        return this;
    }

    public Tokens expiresAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
        return this;
    }

    /** The stable subject (user id) this username gets in every token. */
    public static String subjectOf(String username) {
        return UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString();
    }

    public String sign() {
        JwtClaimsBuilder claims = Jwt.claims()
                .issuer(issuer)
                .audience(audience)
                .subject(subjectOf(username))
                .preferredUserName(username)
                .issuedAt(expiresAt.minus(Duration.ofMinutes(5)))
                .expiresAt(expiresAt)
                .claim("typ", "Bearer")
                .claim("azp", clientId)
                .claim("realm_access", Map.of("roles", List.copyOf(roles)));
        if (agency != null) {
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("agency_type", agencyType == null ? List.of() : List.of(agencyType));
            attributes.put("areas", areas);
            attributes.put("id", UUID.nameUUIDFromBytes(agency.getBytes(StandardCharsets.UTF_8)).toString());
            claims.claim("organization", Map.of(agency, attributes));
        }
        return claims.jws().keyId("1").sign(KEY);
    }

    /** The {@code Authorization} header value for this token. */
    public String bearer() {
        return "Bearer " + sign();
    }
}
