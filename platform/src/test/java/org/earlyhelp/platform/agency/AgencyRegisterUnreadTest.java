package org.earlyhelp.platform.agency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A register that could never be read from Keycloak answers what needs it with a 503 problem, not a guess. */
@QuarkusTest
@TestProfile(AgencyRegisterUnreadTest.NoKeycloakAdmin.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class AgencyRegisterUnreadTest {

    /** The register's realm is on a port nothing listens on. */
    public static class NoKeycloakAdmin implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("earlyhelp.agencies.realm-url", "http://127.0.0.1:9/realms/early-help",
                    "earlyhelp.agencies.timeout", "1s");
        }
    }

    @Test
    void listingAgenciesIs503WithRetryAfterUntilTheRegisterWasRead() {
        given().header("Authorization", Tokens.user("pc.hughes").agency("northshire-police", "police")
                        .roles("practitioner").bearer())
                .when().get("/api/agencies")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "10")
                .body("status", equalTo(503))
                .body("detail", containsString("agency register"));
    }

    @Test
    void aCodeThatCannotBeCheckedIs503NotAGuess() {
        given().header("Authorization", Tokens.user("pc.hughes").agency("northshire-police", "police")
                        .roles("practitioner").bearer())
                .contentType("application/json").body("{\"agency\":\"northshire-police\"}")
                .when().post("/api/toy-deliveries")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "10");
    }
}
