package org.earlyhelp.e2e;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Real access tokens from the suite's Keycloak: the password grant of the public web client for
 * demo users, client credentials for partner-agency systems. As a front end would, a token is reused
 * until {@link #RENEW_BEFORE_EXPIRY} before it expires, then a person's is renewed with their refresh
 * token (a new password grant only when that is refused or spent) and a system's fetched again.
 * Access tokens live 50 s (realm setting, decision 0027).
 */
public final class KeycloakTokens {

    /** The realm's public client that allows the password grant (README's first call). */
    public static final String WEB_CLIENT = "early-help-web";
    /**
     * A token is never sent in its last 10 s: a service that forwards it (a consent question) must still find it
     * valid, and a receiver refuses it from the start of its second of expiry.
     */
    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(10);
    private static final Map<Login, Grant> CACHE = new ConcurrentHashMap<>();

    /** What a grant gave: the access token and, for a person, the refresh token, each with its expiry. */
    private record Grant(String accessToken, Instant accessExpiry, String refreshToken, Instant refreshExpiry) {

        static Grant of(JsonPath response) {
            Instant now = Instant.now();
            String refresh = response.getString("refresh_token");
            return new Grant(response.getString("access_token"), expiry(response.getString("access_token")),
                    refresh, refresh == null ? now : now.plusSeconds(response.getLong("refresh_expires_in")));
        }

        boolean accessLasts() {
            return lasts(accessExpiry);
        }

        boolean refreshLasts() {
            return refreshToken != null && lasts(refreshExpiry);
        }

        private static boolean lasts(Instant expiry) {
            return Instant.now().plus(RENEW_BEFORE_EXPIRY).isBefore(expiry);
        }
    }

    private KeycloakTokens() {
    }

    static String of(Login login) {
        return CACHE.compute(login, (key, cached) -> cached != null && cached.accessLasts() ? cached : renew(key, cached))
                .accessToken();
    }

    private static Grant renew(Login login, Grant cached) {
        if (login.partnerSystem()) {
            return Grant.of(clientCredentialsGrant(login.username(), login.username() + "-demo-secret"));
        }
        if (cached != null && cached.refreshLasts()) {
            Response refreshed = refresh(WEB_CLIENT, cached.refreshToken());
            if (refreshed.statusCode() == 200) {
                return Grant.of(refreshed.jsonPath());
            }
        }
        return Grant.of(passwordGrant(WEB_CLIENT, login.username(), Login.DEMO_PASSWORD));
    }

    /** The whole answer of a password grant: {@code access_token}, {@code refresh_token}, their lifetimes. */
    public static JsonPath passwordGrant(String clientId, String username, String password) {
        return given().formParam("grant_type", "password")
                .formParam("client_id", clientId)
                .formParam("username", username)
                .formParam("password", password)
                .when().post(TheSuite.running().tokenUrl())
                .then().statusCode(200)
                .extract().jsonPath();
    }

    /** Keycloak's answer to a refresh-token grant of a public client, whatever its status. */
    public static Response refresh(String clientId, String refreshToken) {
        return given().formParam("grant_type", "refresh_token")
                .formParam("client_id", clientId)
                .formParam("refresh_token", refreshToken)
                .when().post(TheSuite.running().tokenUrl());
    }

    private static JsonPath clientCredentialsGrant(String clientId, String secret) {
        return given().formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .when().post(TheSuite.running().tokenUrl())
                .then().statusCode(200)
                .extract().jsonPath();
    }

    public static String password(String clientId, String username, String password) {
        return passwordGrant(clientId, username, password).getString("access_token");
    }

    public static String clientCredentials(String clientId, String secret) {
        return clientCredentialsGrant(clientId, secret).getString("access_token");
    }

    /** The claims of a token, read without checking it (the services check it). */
    public static JsonPath claims(String token) {
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    public static Instant expiry(String token) {
        return Instant.ofEpochSecond(claims(token).getLong("exp"));
    }
}
