package org.earlyhelp.platform.events;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;
import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;

/**
 * Feeds are read as the service's own account: a client-credentials token from Keycloak
 * ({@code quarkus.oidc-client.*}, client id = the service's {@code quarkus.oidc.client-id}),
 * reused until it nears expiry. A service or a test may provide its own {@link FeedCredentials}.
 */
@DefaultBean
@ApplicationScoped
class ServiceAccountFeedCredentials implements FeedCredentials {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final OidcClient client;
    private volatile Tokens tokens;

    ServiceAccountFeedCredentials(OidcClient client) {
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
