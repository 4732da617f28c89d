package org.earlyhelp.e2e.tokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.earlyhelp.e2e.Agency;
import org.earlyhelp.e2e.EndToEnd;
import org.earlyhelp.e2e.Gateway;
import org.earlyhelp.e2e.KeycloakAdmin;
import org.earlyhelp.e2e.KeycloakTokens;
import org.earlyhelp.e2e.Login;
import org.earlyhelp.e2e.People;
import org.earlyhelp.e2e.Referrals;
import org.earlyhelp.e2e.RunningSuite;
import org.earlyhelp.e2e.SuiteLocks;
import org.earlyhelp.e2e.TheSuite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.ResourceLock;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Token attacks, through the gateway and straight to each service (as an attacker inside the
 * network would): no token, a malformed one, forged ones (another key, {@code alg: none}, an altered
 * signature, claims changed under a real signature), real Keycloak tokens with the wrong issuer or
 * for another API, an expired one, and a disabled user's token after it expired. Each is 401 for
 * reads and for changes, and no change attempted with them is made.
 *
 * <p>Expiry is real, not simulated: a test-only client whose tokens live {@value #LIFESPAN_SECONDS}
 * seconds is added to the realm through the admin API (decision 0013), and the test waits until
 * those tokens' {@code exp} has passed.
 */
@EndToEnd
@ResourceLock(SuiteLocks.TOKEN_ISSUER) // the wrong-issuer attack changes it for a moment
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TokenAttackTest {

    private static final int LIFESPAN_SECONDS = 5;
    private static final String SHORT_LIVED_CLIENT = "e2e-short-lived";
    private static final String OTHER_API_CLIENT = "e2e-other-api";
    private static final String LEAVER = "e2e.leaver";
    private static final String LEAVER_PASSWORD = "leaver-demo-password";
    /** The surname of every child an attack tries to refer, so that any that got through would be found. */
    private static final String MARKER = "Forgewell";

    private static final Map<String, String> FORGED = new LinkedHashMap<>();
    private static String expiring;
    private static String leaversExpiring;
    private static final UUID ATTACKED_PERSON = UUID.randomUUID();

    /** Where an attacker may send a request: the gateway, or a service's own port. */
    private record Target(String name, String baseUrl, String readPath, String changePath, Map<String, Object> change) {
    }

    @BeforeAll
    static void forgeTokens() {
        // A fresh token, not the cached one: forged from it, the tokens below must outlive the tests that try them.
        String real = KeycloakTokens.password(KeycloakTokens.WEB_CLIENT, Login.PC_HUGHES.username(), "demo-password");
        FORGED.put("malformed", "not-a-jwt");
        FORGED.put("signed by another key", ForgedTokens.signedByAnotherKey(real));
        FORGED.put("alg none", ForgedTokens.unsigned(real));
        FORGED.put("signature altered", ForgedTokens.withAlteredSignature(real));
        FORGED.put("claims altered under a real signature", ForgedTokens.withTamperedClaims(real));
        FORGED.put("wrong issuer", wrongIssuerToken());
        FORGED.put("wrong audience", otherApiToken());

        KeycloakAdmin.shortLivedClient(SHORT_LIVED_CLIENT, LIFESPAN_SECONDS);
        String leaver = KeycloakAdmin.practitioner(LEAVER, LEAVER_PASSWORD, Agency.POLICE);
        expiring = KeycloakTokens.password(SHORT_LIVED_CLIENT, Login.PC_HUGHES.username(), "demo-password");
        leaversExpiring = KeycloakTokens.password(SHORT_LIVED_CLIENT, LEAVER, LEAVER_PASSWORD);
        // Both are good tokens until they expire: the refusals later are down to expiry alone.
        Gateway.withToken(expiring).when().get("/api/referrals").then().statusCode(200);
        Gateway.withToken(leaversExpiring).when().get("/api/referrals").then().statusCode(200);
        KeycloakAdmin.disableUser(leaver);
    }

    /** A real token, signed with the realm's key, whose issuer is not the one the services trust. */
    private static String wrongIssuerToken() {
        KeycloakAdmin.frontendUrl("http://issuer.example");
        try {
            String token = KeycloakTokens.password(KeycloakTokens.WEB_CLIENT, Login.PC_HUGHES.username(), "demo-password");
            assertThat(KeycloakTokens.claims(token).getString("iss")).isEqualTo("http://issuer.example/realms/early-help");
            return token;
        } finally {
            KeycloakAdmin.frontendUrl("");
        }
    }

    /** A real token of the realm, with the agency claim, issued for another API. */
    private static String otherApiToken() {
        KeycloakAdmin.clientForAnotherApi(OTHER_API_CLIENT, "another-api");
        String token = KeycloakTokens.password(OTHER_API_CLIENT, Login.PC_HUGHES.username(), "demo-password");
        assertThat(KeycloakTokens.claims(token).getMap("organization")).containsKey(Agency.POLICE.code());
        assertThat(KeycloakTokens.claims(token).getString("aud")).isEqualTo("another-api");
        return token;
    }

    private static List<Target> targets() {
        Map<String, Object> referral = Referrals.about(new People.Person("Eve", MARKER, LocalDate.now().minusYears(9),
                "EM1 1AA")).build();
        Map<String, Object> consent = Map.of("personId", ATTACKED_PERSON.toString(), "personName", "Eve " + MARKER,
                "grantor", Map.of("kind", "person", "name", "Eve " + MARKER), "method", "verbal", "status", "active",
                "provisions", List.of(Map.of("type", "permit", "purposes", List.of("onward-referral"),
                        "recipientAgencies", List.of("northshire-police"), "dataCategories", List.of("identity"))));
        Map<String, Object> organization = Map.of("name", MARKER + " Services", "description", "Not a real organisation",
                "agencyCode", "northshire-police");
        Map<String, Object> kase = Map.of("area", "eastmere", "needs", List.of("education"), "people",
                List.of(Map.of("givenName", "Eve", "familyName", MARKER, "child", true)));
        RunningSuite suite = TheSuite.running();
        return List.of(
                new Target("gateway", suite.gatewayUrl(), "/api/referrals", "/api/referrals", referral),
                new Target("referral-service", suite.serviceUrl("referral"), "/api/referrals", "/api/referrals", referral),
                new Target("consent-service", suite.serviceUrl("consent"), "/api/consents", "/api/consents", consent),
                new Target("directory-service", suite.serviceUrl("directory"), "/api/directory/export",
                        "/api/directory/organizations", organization),
                new Target("case-service", suite.serviceUrl("case"), "/api/cases", "/api/cases", kase));
    }

    @Test
    @Order(1)
    void aValidTokenIsAcceptedEverywhereSoTheRefusalsBelowAreAboutTheToken() {
        for (Target target : targets()) {
            Login reader = target.name().equals("directory-service") ? Login.ADMIN_DIRECTORY : Login.PC_HUGHES;
            request(target, reader.token()).when().get(target.readPath()).then().statusCode(200);
        }
    }

    @TestFactory
    @Order(2)
    List<DynamicTest> forgedMalformedAndMisdirectedTokensAre401() {
        List<DynamicTest> attacks = new ArrayList<>();
        for (Target target : targets()) {
            attacks.add(dynamicTest("no token → " + target.name(), () -> assertRefused(target, null)));
            FORGED.forEach((attack, token) -> attacks.add(dynamicTest(attack + " → " + target.name(), () -> {
                assertNotYetExpired(attack, token);
                assertRefused(target, token);
            })));
        }
        return attacks;
    }

    @TestFactory
    @Order(3)
    List<DynamicTest> expiredTokensAre401EvenOfAUserWhoWasDisabled() {
        awaitExpiry(expiring);
        awaitExpiry(leaversExpiring);
        List<DynamicTest> attacks = new ArrayList<>();
        for (Target target : targets()) {
            attacks.add(dynamicTest("expired → " + target.name(), () -> assertRefused(target, expiring)));
            attacks.add(dynamicTest("disabled user's, after expiry → " + target.name(),
                    () -> assertRefused(target, leaversExpiring)));
        }
        return attacks;
    }

    @Test
    @Order(4)
    void aDisabledUserGetsNoNewToken() {
        given().formParam("grant_type", "password").formParam("client_id", KeycloakTokens.WEB_CLIENT)
                .formParam("username", LEAVER).formParam("password", LEAVER_PASSWORD)
                .when().post(TheSuite.running().tokenUrl())
                .then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @AfterAll
    static void noAttackChangedAnything() {
        String eve = "Eve " + MARKER;
        assertThat(childrenListed(Login.PC_HUGHES, "/api/referrals")).doesNotContain(eve);
        assertThat(childrenListed(Login.HUB_PATEL, "/api/referrals")).doesNotContain(eve);
        assertThat(childrenListed(Login.HUB_PATEL, "/api/cases")).doesNotContain(eve);
        Gateway.as(Login.HUB_PATEL).queryParam("person", ATTACKED_PERSON).when().get("/api/consents")
                .then().statusCode(200).body("total", equalTo(0));
        Gateway.as(Login.ANONYMOUS).queryParam("per_page", 100).when().get("/oruk/organizations")
                .then().statusCode(200).body("contents.name", not(hasItem(MARKER + " Services")));
    }

    /** The children's names on every page of a referral or case list, as {@code reader} sees it. */
    private static List<String> childrenListed(Login reader, String path) {
        List<String> children = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath list = Gateway.as(reader).queryParam("size", 100).queryParam("page", page).when().get(path)
                    .then().statusCode(200).extract().jsonPath();
            List<List<String>> items = list.getList("items.children");
            items.forEach(children::addAll);
            if (items.size() < 100) {
                return children;
            }
        }
    }

    private static void assertRefused(Target target, String token) {
        Response read = request(target, token).when().get(target.readPath());
        assertThat(read.statusCode()).as("GET %s%s", target.name(), target.readPath()).isEqualTo(401);
        assertThat(read.contentType()).startsWith("application/problem+json");
        if (target.changePath() != null) {
            Response change = request(target, token).body(target.change()).when().post(target.changePath());
            assertThat(change.statusCode()).as("POST %s%s", target.name(), target.changePath()).isEqualTo(401);
        }
    }

    private static RequestSpecification request(Target target, String token) {
        RequestSpecification request = given().baseUri(target.baseUrl()).contentType(ContentType.JSON).accept(ContentType.JSON);
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    /** Waits for the clock to pass the token's expiry (the services allow no clock skew). */
    /**
     * Access tokens live 50 s (decision 0027): a forged or misdirected token made from a real one must still be within
     * its lifetime when it is refused, or the refusal would prove expiry rather than the attack the test names.
     */
    private static void assertNotYetExpired(String attack, String token) {
        if (token.split("\\.").length >= 2) {
            assertThat(KeycloakTokens.expiry(token)).as("%s: still within its lifetime when refused", attack)
                    .isAfter(java.time.Instant.now());
        }
    }

    private static void awaitExpiry(String token) {
        Instant expired = KeycloakTokens.expiry(token).plusSeconds(1);
        while (Instant.now().isBefore(expired)) {
            try {
                Thread.sleep(Math.max(1, Duration.between(Instant.now(), expired).toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
