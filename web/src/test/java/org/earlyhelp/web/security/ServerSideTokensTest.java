package org.earlyhelp.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.oidc.AuthorizationCodeTokens;

class ServerSideTokensTest {

    private final ServerSideTokens tokens = new ServerSideTokens("a-test-secret-of-enough-length-0123456789", Duration.ofMinutes(30));

    @Test
    void theCookieCarriesASealedHandleNeverATokenAndSignOutMakesItWorthless() {
        AuthorizationCodeTokens held = new AuthorizationCodeTokens("eyJid", "eyJaccess", "eyJrefresh");
        String cookie = tokens.createTokenState(null, null, held, null).await().indefinitely();

        assertThat(cookie).doesNotContain("eyJ");
        assertThat(tokens.getTokens(null, null, cookie, null).await().indefinitely().getAccessToken()).isEqualTo("eyJaccess");

        tokens.deleteTokens(null, null, cookie, null).await().indefinitely();
        assertThatThrownBy(() -> tokens.getTokens(null, null, cookie, null).await().indefinitely())
                .hasMessageContaining("No session");
    }

    @Test
    void anAlteredOrForeignCookieIsNoSession() {
        String cookie = tokens.createTokenState(null, null, new AuthorizationCodeTokens("i", "a", "r"), null).await().indefinitely();
        String altered = cookie.substring(0, cookie.length() - 2) + (cookie.endsWith("AA") ? "BB" : "AA");
        assertThatThrownBy(() -> tokens.getTokens(null, null, altered, null).await().indefinitely()).hasMessageContaining("No session");
        ServerSideTokens other = new ServerSideTokens("another-secret-of-enough-length-9876543210", Duration.ofMinutes(30));
        assertThatThrownBy(() -> other.getTokens(null, null, cookie, null).await().indefinitely()).hasMessageContaining("No session");
    }
}
