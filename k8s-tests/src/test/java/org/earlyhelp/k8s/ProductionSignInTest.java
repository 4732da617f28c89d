package org.earlyhelp.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Signing in to the realm as production imports it, on a real Keycloak, through the sign-in pages a person's browser
 * gets (issue 28 point 6, decision 0059): a password alone signs nobody in, the code from their authenticator app does;
 * a person without an app must set one up first; ten wrong passwords in a row lock the account for a while, nine do not;
 * a short password is refused; a session ends after 15 idle minutes.
 */
class ProductionSignInTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLIENT = RealmImports.WEB_APP_CLIENT;
    private static final String REDIRECT = RealmImports.PUBLIC_URL + "/signed-in";
    /** Test-only people and secrets, in this Keycloak only. */
    private static final String PASSWORD = "three random words in a row";
    private static final String APP_SECRET = "early-help-test-otp-secret";

    private static ProductionKeycloak keycloak;

    @BeforeAll
    static void start() throws Exception {
        keycloak = ProductionKeycloak.start(List.of(
                person("with.app", true), person("no.app.yet", false), person("nine.wrong", true), person("ten.wrong", true)));
    }

    @AfterAll
    static void stop() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void aPasswordAloneSignsNobodyInTheCodeFromTheirAppDoes() throws Exception {
        SignIn signIn = new SignIn();
        Page afterPassword = signIn.password("with.app", PASSWORD);
        assertThat(afterPassword.code()).as("a password alone gives no authorisation code").isNull();
        assertThat(afterPassword.body()).contains("name=\"otp\"");

        Page afterCode = signIn.submit(afterPassword, Map.of("otp", totp(Instant.now())));
        assertThat(afterCode.code()).as("the code from the app completes the sign-in").isNotNull();

        JsonNode tokens = signIn.tokens(afterCode.code());
        assertThat(tokens.path("access_token").asText()).isNotBlank();
        assertThat(tokens.path("refresh_expires_in").asInt()).as("the session ends after 15 idle minutes").isEqualTo(15 * 60);
    }

    @Test
    void aPersonWithoutAnAuthenticatorAppMustSetOneUpBeforeSigningIn() throws Exception {
        Page afterPassword = new SignIn().password("no.app.yet", PASSWORD);

        assertThat(afterPassword.code()).isNull();
        assertThat(afterPassword.body()).as("the set-up page of an authenticator app").contains("name=\"totp\"");
    }

    @Test
    void tenWrongPasswordsInARowLockTheAccountForAWhileNineDoNot() throws Exception {
        for (int attempt = 1; attempt <= RealmImports.FAILURES_BEFORE_LOCKOUT; attempt++) {
            assertThat(new SignIn().password("ten.wrong", "not the password").body()).contains("Invalid username or password");
            if (attempt < RealmImports.FAILURES_BEFORE_LOCKOUT) {
                new SignIn().password("nine.wrong", "not the password");
            }
            Thread.sleep(1100); // slower than a script: the quick-login check is not what this test is about
        }

        SignIn nine = new SignIn();
        Page nineThen = nine.password("nine.wrong", PASSWORD);
        assertThat(nineThen.body()).contains("name=\"otp\"");
        assertThat(nine.submit(nineThen, Map.of("otp", totp(Instant.now()))).code()).isNotNull();

        SignIn ten = new SignIn();
        Page tenThen = ten.password("ten.wrong", PASSWORD);
        assertThat(tenThen.code()).isNull();
        assertThat(tenThen.body()).as("the right password is refused while locked").doesNotContain("name=\"otp\"");
        assertThat(bruteForceStatus("ten.wrong").path("disabled").asBoolean()).isTrue();
        assertThat(bruteForceStatus("nine.wrong").path("disabled").asBoolean()).isFalse();
    }

    @Test
    void aShortPasswordIsRefused() throws Exception {
        String admin = keycloak.adminToken();
        String userId = userId("with.app", admin);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(keycloak.url + "/admin/realms/" + ProductionKeycloak.REALM + "/users/" + userId + "/reset-password"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"type\":\"password\",\"value\":\"Short1!\",\"temporary\":false}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("invalidPasswordMinLength");
    }

    private static JsonNode bruteForceStatus(String username) throws IOException, InterruptedException {
        String admin = keycloak.adminToken();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(keycloak.url
                + "/admin/realms/" + ProductionKeycloak.REALM + "/attack-detection/brute-force/users/" + userId(username, admin)))
                .header("Authorization", "Bearer " + admin).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    private static String userId(String username, String admin) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(keycloak.url
                + "/admin/realms/" + ProductionKeycloak.REALM + "/users?exact=true&username=" + username))
                .header("Authorization", "Bearer " + admin).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).path(0).path("id").asText();
    }

    /** A person as an authority's admin would create them: a password and, when {@code withApp}, an authenticator app. */
    private static ObjectNode person(String username, boolean withApp) {
        ObjectNode user = JSON.createObjectNode();
        user.put("username", username);
        user.put("email", username + "@hub.example.org");
        user.put("firstName", "Test");
        user.put("lastName", username);
        user.put("enabled", true);
        user.put("emailVerified", true);
        var credentials = user.putArray("credentials");
        credentials.addObject().put("type", "password").put("value", PASSWORD).put("temporary", false);
        if (withApp) {
            credentials.addObject().put("type", "otp").put("userLabel", "phone")
                    .put("secretData", "{\"value\":\"" + APP_SECRET + "\"}")
                    .put("credentialData", "{\"subType\":\"totp\",\"digits\":6,\"counter\":0,\"period\":30,\"algorithm\":\"HmacSHA1\"}");
        }
        return user;
    }

    /** RFC 6238 with Keycloak's defaults: HMAC-SHA1 over the 30-second step, six digits; the key is the secret's bytes. */
    private static String totp(Instant at) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        long step = at.getEpochSecond() / 30;
        byte[] hash = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(step).array());
        int offset = hash[hash.length - 1] & 0xf;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        return String.format("%06d", binary % 1_000_000);
    }

    /** A page Keycloak answered with: its body, and the authorisation code when it redirected back to the web app. */
    private record Page(String body, String code) {

        private static final Pattern ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

        String action() {
            Matcher matcher = ACTION.matcher(body);
            assertThat(matcher.find()).as("a form on the page").isTrue();
            return matcher.group(1).replace("&amp;", "&");
        }
    }

    /**
     * One browser: its cookies, the PKCE verifier of its sign-in, no redirects followed. The cookies are kept by hand:
     * Java's cookie manager does not send back Keycloak's {@code Secure} cookies to a loopback address, a browser does.
     */
    private static final class SignIn {

        private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private final String verifier = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(java.util.UUID.randomUUID().toString().repeat(2).getBytes(StandardCharsets.US_ASCII));

        Page password(String username, String password) throws Exception {
            String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
            URI start = URI.create(keycloak.url + "/realms/" + ProductionKeycloak.REALM + "/protocol/openid-connect/auth?"
                    + encode(Map.of("client_id", CLIENT, "response_type", "code", "scope", "openid", "redirect_uri", REDIRECT,
                            "state", "s", "code_challenge", challenge, "code_challenge_method", "S256")));
            Page login = page(send(HttpRequest.newBuilder(start)));
            return submit(login, Map.of("username", username, "password", password));
        }

        Page submit(Page page, Map<String, String> fields) throws Exception {
            return page(send(HttpRequest.newBuilder(URI.create(page.action()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(fields)))));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(each -> each.getKey() + "=" + each.getValue())
                        .collect(Collectors.joining("; ")));
            }
            HttpResponse<String> response = browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
            }
            return response;
        }

        JsonNode tokens(String code) throws Exception {
            HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(keycloak.url + "/realms/"
                    + ProductionKeycloak.REALM + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(Map.of("grant_type", "authorization_code", "code", code,
                            "redirect_uri", REDIRECT, "client_id", CLIENT, "client_secret", ProductionKeycloak.CLIENT_SECRET,
                            "code_verifier", verifier)))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        }

        /** The page a browser shows after {@code response}: Keycloak's own redirects followed, the web app's not. */
        private Page page(HttpResponse<String> response) throws Exception {
            String location = response.headers().firstValue("Location").orElse("");
            if (response.statusCode() == 302 && location.startsWith(keycloak.url)) {
                return page(send(HttpRequest.newBuilder(URI.create(location))));
            }
            if (response.statusCode() == 302 && location.startsWith(REDIRECT)) {
                Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
                return new Page(response.body(), code.find() ? code.group(1) : null);
            }
            assertThat(response.statusCode()).as("a sign-in page, not " + location).isIn(200, 400, 401);
            return new Page(response.body(), null);
        }

        private static String encode(Map<String, String> fields) {
            return new LinkedHashMap<>(fields).entrySet().stream()
                    .map(each -> URLEncoder.encode(each.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(each.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        }
    }
}
