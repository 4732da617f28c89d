package org.earlyhelp.e2e;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.path.json.JsonPath;

/**
 * Real access tokens from the suite's Keycloak: the password grant of the public web client for
 * demo users, client credentials for partner-agency systems. Tokens are reused until shortly
 * before they expire, as a front end would.
 */
public final class KeycloakTokens {

    /** The realm's public client that allows the password grant (README's first call). */
    public static final String WEB_CLIENT = "early-help-web";
    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(60);
    private static final Map<Login, String> CACHE = new ConcurrentHashMap<>();

    private KeycloakTokens() {
    }

    static String of(Login login) {
        return CACHE.compute(login, (key, cached) -> cached != null && !expiresSoon(cached) ? cached : fetch(key));
    }

    private static String fetch(Login login) {
        return login.partnerSystem()
                ? clientCredentials(login.username(), login.username() + "-demo-secret")
                : password(WEB_CLIENT, login.username(), Login.DEMO_PASSWORD);
    }

    public static String password(String clientId, String username, String password) {
        return given().formParam("grant_type", "password")
                .formParam("client_id", clientId)
                .formParam("username", username)
                .formParam("password", password)
                .when().post(TheSuite.running().tokenUrl())
                .then().statusCode(200)
                .extract().path("access_token");
    }

    public static String clientCredentials(String clientId, String secret) {
        return given().formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .when().post(TheSuite.running().tokenUrl())
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** The claims of a token, read without checking it (the services check it). */
    public static JsonPath claims(String token) {
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    public static Instant expiry(String token) {
        return Instant.ofEpochSecond(claims(token).getLong("exp"));
    }

    private static boolean expiresSoon(String token) {
        return expiry(token).isBefore(Instant.now().plus(RENEW_BEFORE_EXPIRY));
    }
}
