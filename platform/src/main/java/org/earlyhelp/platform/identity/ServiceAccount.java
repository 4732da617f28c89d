package org.earlyhelp.platform.identity;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;

/**
 * The service's own account: a client-credentials token from Keycloak ({@code quarkus.oidc-client.*}, client id = the
 * service's {@code quarkus.oidc.client-id}), reused until {@link #RENEW_BEFORE_EXPIRY} before it expires. Feeds are
 * read with it, consent questions about team members asked with it, and the agency register is read from Keycloak
 * with it.
 */
@ApplicationScoped
public class ServiceAccount {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /**
     * How long before its expiry a token is replaced. The OIDC client on its own counts a token as expired only once
     * the clock is past its second of expiry, while a receiving service refuses it from the start of that second: once
     * per token lifetime a feed read went out with a token its receiver had just stopped accepting and got 401 (case-
     * service's logs, both feeds, every 5 minutes), and a consent question asked then would have been denied.
     */
    static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(10);

    private final OidcClient client;
    private volatile Tokens tokens;

    ServiceAccount(OidcClient client) {
        this.client = client;
    }

    /** The access token (without the {@code Bearer } prefix); fetched from Keycloak when there is none that lasts. */
    public String bearerToken() {
        Tokens current = tokens;
        if (current == null || !lastsBeyondRenewal(current, Instant.now())) {
            current = client.getTokens().await().atMost(TIMEOUT);
            tokens = current;
        }
        return current.getAccessToken();
    }

    static boolean lastsBeyondRenewal(Tokens tokens, Instant now) {
        Long expiresAt = tokens.getAccessTokenExpiresAt();
        return expiresAt == null || now.plus(RENEW_BEFORE_EXPIRY).isBefore(Instant.ofEpochSecond(expiresAt));
    }
}
