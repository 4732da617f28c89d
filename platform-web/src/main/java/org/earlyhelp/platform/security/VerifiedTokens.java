package org.earlyhelp.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Bearer tokens this process has verified (signature, issuer, audience, expiry, by quarkus-oidc),
 * kept until each one's own expiry, so that a client's next request with the same token skips the
 * RSA signature check and the claim parsing: about a third of the gateway's CPU per proxied request
 * (JFR under load, docs/performance.md), and a share of every service's. A token is found only by
 * its exact text, so a changed or forged one never is; a kept token stops being accepted at its
 * {@code exp} like any other. Failures are never kept. The gateway and every service keep their own
 * (decision 0021).
 */
@ApplicationScoped
public class VerifiedTokens {

    /** Whose token, with which roles, until when. */
    record Verified(JsonWebToken principal, java.util.Set<String> roles, TokenCredential credential, Instant expiresAt) {
    }

    private final Cache<String, Verified> verified = Caffeine.newBuilder()
            .maximumSize(5_000)
            .expireAfter(Expiry.creating((String token, Verified entry) -> untilExpiry(entry)))
            .build();

    /** The verification of exactly this token, while it has not expired. */
    Optional<Verified> find(String token) {
        Verified found = verified.getIfPresent(token);
        return found != null && Instant.now().isBefore(found.expiresAt()) ? Optional.of(found) : Optional.empty();
    }

    /** Keeps an identity quarkus-oidc built from a bearer token, until the token expires. */
    void keep(SecurityIdentity identity) {
        TokenCredential credential = identity.getCredential(TokenCredential.class);
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getRawToken() != null && jwt.getExpirationTime() > 0
                && credential != null && jwt.getRawToken().equals(credential.getToken())) {
            verified.put(jwt.getRawToken(), new Verified(jwt, identity.getRoles(), credential,
                    Instant.ofEpochSecond(jwt.getExpirationTime())));
        }
    }

    private static Duration untilExpiry(Verified entry) {
        Duration left = Duration.between(Instant.now(), entry.expiresAt());
        return left.isNegative() ? Duration.ZERO : left;
    }
}
