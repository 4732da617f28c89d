package org.earlyhelp.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import io.smallrye.mutiny.Uni;

/**
 * The service account's token is never handed out in its last seconds: a receiving service refuses a token from the
 * start of its second of expiry, so a feed read or a consent question sent with it then got 401 (and the consent
 * question's fail-closed answer would have kept an agency off a team).
 */
class ServiceAccountTest {

    @Test
    void aTokenAboutToExpireIsReplacedBeforeItIsUsed() {
        KeycloakStandIn keycloak = new KeycloakStandIn(5, 300);
        ServiceAccount account = new ServiceAccount(keycloak);

        assertThat(account.bearerToken()).isEqualTo("token-1");
        // token-1 has 5 s left: the next read goes out with a new one.
        assertThat(account.bearerToken()).isEqualTo("token-2");
        assertThat(keycloak.issued).hasSize(2);
    }

    @Test
    void aTokenWithTimeLeftIsReusedAcrossReads() {
        KeycloakStandIn keycloak = new KeycloakStandIn(300);
        ServiceAccount account = new ServiceAccount(keycloak);

        for (int read = 0; read < 3; read++) {
            assertThat(account.bearerToken()).isEqualTo("token-1");
        }
        assertThat(keycloak.issued).hasSize(1);
    }

    @Test
    void theTokenIsRenewedTenSecondsBeforeItsExpiryAndNotBefore() {
        Instant now = Instant.ofEpochSecond(1_000_000);
        assertThat(ServiceAccount.lastsBeyondRenewal(token(now.getEpochSecond() + 11), now)).isTrue();
        assertThat(ServiceAccount.lastsBeyondRenewal(token(now.getEpochSecond() + 10), now)).isFalse();
        assertThat(ServiceAccount.lastsBeyondRenewal(token(now.getEpochSecond()), now)).isFalse();
    }

    private static Tokens token(long expiresAt) {
        return new Tokens("token", expiresAt, null, null, null, null, "case-service");
    }

    /** Issues client-credentials tokens that live the given seconds each, in turn (the last one for the rest). */
    private static final class KeycloakStandIn implements OidcClient {

        private final long[] lifetimes;
        final List<String> issued = new ArrayList<>();

        KeycloakStandIn(long... lifetimes) {
            this.lifetimes = lifetimes;
        }

        @Override
        public Uni<Tokens> getTokens(Map<String, String> additionalGrantParameters) {
            long lifetime = lifetimes[Math.min(issued.size(), lifetimes.length - 1)];
            String name = "token-" + (issued.size() + 1);
            issued.add(name);
            return Uni.createFrom().item(new Tokens(name, Instant.now().getEpochSecond() + lifetime, null, null, null, null,
                    "case-service"));
        }

        @Override
        public Uni<Tokens> refreshTokens(String refreshToken, Map<String, String> additionalGrantParameters) {
            throw new UnsupportedOperationException("client credentials have no refresh token");
        }

        @Override
        public Uni<Boolean> revokeAccessToken(String accessToken, Map<String, String> additionalParameters) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
        }
    }
}
