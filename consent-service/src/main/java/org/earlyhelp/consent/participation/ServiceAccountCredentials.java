package org.earlyhelp.consent.participation;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.events.FeedCredentials;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;

/**
 * Reads other services' feeds as consent-service's own account (client credentials,
 * {@code quarkus.oidc-client.*}). A token is reused until shortly before it expires.
 */
@ApplicationScoped
class ServiceAccountCredentials implements FeedCredentials {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final OidcClient client;
    private volatile Tokens tokens;

    ServiceAccountCredentials(OidcClient client) {
        this.client = client;
    }

    @Override
    public String bearerToken(String consumer) {
        Tokens current = tokens;
        if (current == null || current.isAccessTokenExpired() || current.isAccessTokenWithinRefreshInterval()) {
            current = client.getTokens().await().atMost(TIMEOUT);
            tokens = current;
        }
        return current.getAccessToken();
    }
}
