package org.earlyhelp.e2e.tokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.earlyhelp.e2e.Agency;
import org.earlyhelp.e2e.EndToEnd;
import org.earlyhelp.e2e.KeycloakAdmin;
import org.earlyhelp.e2e.KeycloakTokens;
import org.earlyhelp.e2e.RunningSuite;
import org.earlyhelp.e2e.SuiteLocks;
import org.earlyhelp.e2e.TheSuite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import io.restassured.path.json.JsonPath;

/**
 * Issue 22 point 7: a person disabled in Keycloak, and one whose sessions were ended, lose API access within 60 s,
 * at the gateway and at every service's own port. Nothing asks Keycloak per request: access tokens live 50 s
 * (decision 0027), so the last token issued before the change expires within 51 s of it, and the refresh token that
 * would renew it is refused from the moment of the change.
 *
 * <p>Each fresh practitioner signs in, shows that their token works everywhere, then is disabled (or signed out by
 * an administrator) at once, so the token in hand is as young as it can be: the worst case. Every place is then
 * asked once a second until it answers 401.
 */
@EndToEnd
@Execution(ExecutionMode.CONCURRENT) // it mostly waits for tokens to expire: the other classes run meanwhile
@ResourceLock(value = SuiteLocks.RUNNING_SUITE, mode = ResourceAccessMode.READ)
@ResourceLock(value = SuiteLocks.TOKEN_ISSUER, mode = ResourceAccessMode.READ)
class AccessEndsWithinAMinuteTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final Duration GIVE_UP = Duration.ofSeconds(90);

    /** A place a token is checked, and a read a practitioner of any agency may make there. */
    private record Place(String name, String url) {
    }

    /** One person, their tokens, and when they were disabled or signed out. */
    private static final class Leaver {
        final String how;
        final String accessToken;
        final String refreshToken;
        Instant changedAt;
        final Map<String, Duration> refusedAfter = new LinkedHashMap<>();

        Leaver(String how, JsonPath grant) {
            this.how = how;
            this.accessToken = grant.getString("access_token");
            this.refreshToken = grant.getString("refresh_token");
        }
    }

    @Test
    void aDisabledUserAndOneSignedOutGet401EverywhereWithinSixtySeconds() throws InterruptedException {
        List<Place> places = places();
        String disabledId = KeycloakAdmin.practitioner("e2e.disabled", "disabled-demo-password", Agency.HEALTH_VISITING);
        String signedOutId = KeycloakAdmin.practitioner("e2e.signed-out", "signed-out-demo-password", Agency.ACADEMY);

        Leaver disabled = new Leaver("disabled in Keycloak",
                KeycloakTokens.passwordGrant(KeycloakTokens.WEB_CLIENT, "e2e.disabled", "disabled-demo-password"));
        Leaver signedOut = new Leaver("signed out by an administrator",
                KeycloakTokens.passwordGrant(KeycloakTokens.WEB_CLIENT, "e2e.signed-out", "signed-out-demo-password"));
        for (Leaver leaver : List.of(disabled, signedOut)) {
            for (Place place : places) {
                assertThat(status(place, leaver.accessToken)).as("%s before the change", place.name()).isEqualTo(200);
            }
        }

        disabled.changedAt = Instant.now();
        KeycloakAdmin.disableUser(disabledId);
        signedOut.changedAt = Instant.now();
        KeycloakAdmin.endSessions(signedOutId);

        for (Leaver leaver : List.of(disabled, signedOut)) {
            KeycloakTokens.refresh(KeycloakTokens.WEB_CLIENT, leaver.refreshToken)
                    .then().statusCode(400).body("error", equalTo("invalid_grant"));
        }

        Instant giveUp = Instant.now().plus(GIVE_UP);
        while (Instant.now().isBefore(giveUp) && (!allRefused(disabled, places) || !allRefused(signedOut, places))) {
            for (Leaver leaver : List.of(disabled, signedOut)) {
                for (Place place : places) {
                    if (!leaver.refusedAfter.containsKey(place.name()) && status(place, leaver.accessToken) == 401) {
                        leaver.refusedAfter.put(place.name(), Duration.between(leaver.changedAt, Instant.now()));
                    }
                }
            }
            Thread.sleep(1_000);
        }

        for (Leaver leaver : List.of(disabled, signedOut)) {
            long lifetime = KeycloakTokens.expiry(leaver.accessToken).getEpochSecond()
                    - KeycloakTokens.claims(leaver.accessToken).getLong("iat");
            System.out.printf("A user %s (token of %d s, expiring %.1f s after the change; refresh refused):%n",
                    leaver.how, lifetime,
                    Duration.between(leaver.changedAt, KeycloakTokens.expiry(leaver.accessToken)).toMillis() / 1000.0);
            leaver.refusedAfter.forEach((place, after) -> System.out.printf("  %-18s 401 after %5.1f s%n", place,
                    after.toMillis() / 1000.0));
        }
        for (Leaver leaver : List.of(disabled, signedOut)) {
            assertThat(leaver.refusedAfter).as("places that refused the token of a user %s", leaver.how)
                    .containsOnlyKeys(places.stream().map(Place::name).toArray(String[]::new));
            leaver.refusedAfter.forEach((place, after) -> assertThat(after)
                    .as("%s refused the token of a user %s after", place, leaver.how).isLessThanOrEqualTo(LIMIT));
        }
    }

    private static boolean allRefused(Leaver leaver, List<Place> places) {
        return leaver.refusedAfter.size() == places.size();
    }

    /** The gateway (a referral list) and each service's own port (the agency register, which every service serves to any practitioner). */
    private static List<Place> places() {
        RunningSuite suite = TheSuite.running();
        return List.of(
                new Place("gateway", suite.gatewayUrl() + "/api/referrals"),
                new Place("referral-service", suite.serviceUrl("referral") + "/api/agencies"),
                new Place("case-service", suite.serviceUrl("case") + "/api/agencies"),
                new Place("consent-service", suite.serviceUrl("consent") + "/api/agencies"),
                new Place("directory-service", suite.serviceUrl("directory") + "/api/agencies"));
    }

    private static int status(Place place, String token) {
        return given().header("Authorization", "Bearer " + token).accept("application/json")
                .when().get(place.url()).statusCode();
    }
}
