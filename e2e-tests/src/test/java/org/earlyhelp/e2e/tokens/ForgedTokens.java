package org.earlyhelp.e2e.tokens;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jose4j.json.JsonUtil;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.lang.JoseException;

/**
 * Tokens an attacker can make from a real one without Keycloak's key: same claims, but signed
 * with another key, not signed at all, with a broken signature, or with claims changed under the
 * original signature.
 */
final class ForgedTokens {

    private ForgedTokens() {
    }

    /** The real token's claims, signed RS256 with a freshly generated key that claims the realm key's id. */
    static String signedByAnotherKey(String real) {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(payload(real));
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            jws.setKeyIdHeaderValue(header(real, "kid"));
            jws.setKey(key.getPrivateKey());
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The real token's claims with {@code "alg": "none"} and no signature. */
    static String unsigned(String real) {
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(payload(real));
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
            jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The real token with one character of its signature changed. */
    static String withAlteredSignature(String real) {
        int at = real.lastIndexOf('.') + 10;
        char changed = real.charAt(at) == 'A' ? 'B' : 'A';
        return real.substring(0, at) + changed + real.substring(at + 1);
    }

    /** The real token's signature under claims changed to give the caller the hub's triage role. */
    static String withTamperedClaims(String real) {
        try {
            JwtClaims claims = JwtClaims.parse(payload(real));
            claims.setClaim("realm_access", Map.of("roles", List.of("practitioner", "hub-triage", "auditor")));
            String[] parts = real.split("\\.");
            return parts[0] + "." + encode(claims.toJson()) + "." + parts[2];
        } catch (InvalidJwtException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String payload(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    private static String header(String token, String name) {
        try {
            Object value = JsonUtil.parseJson(new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]),
                    StandardCharsets.UTF_8)).get(name);
            return value == null ? null : value.toString();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
