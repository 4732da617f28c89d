package org.earlyhelp.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.path.json.JsonPath;

/**
 * The README's run command brings up Keycloak, PostgreSQL, every service and the gateway; a demo
 * user signs in with Keycloak and reaches the referral API through the gateway; SIGTERM leaves
 * nothing running.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalSuiteTest {

    private static RunningSuite suite;

    @BeforeAll
    static void startSuite() throws Exception {
        suite = RunningSuite.start();
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    private static String passwordToken(String username) {
        return given().formParam("grant_type", "password")
                .formParam("client_id", "early-help-web")
                .formParam("username", username)
                .formParam("password", "demo-password")
                .when().post(suite.tokenUrl())
                .then().statusCode(200)
                .extract().path("access_token");
    }

    private static String clientToken(String clientId, String secret) {
        return given().formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .when().post(suite.tokenUrl())
                .then().statusCode(200)
                .extract().path("access_token");
    }

    private static JsonPath claims(String token) {
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    @Test
    @Order(1)
    void aPoliceOfficersTokenCarriesTheirAgencyAndRole() {
        JsonPath claims = claims(passwordToken("pc.hughes"));

        Map<String, Object> organization = claims.getMap("organization");
        assertThat(organization).containsOnlyKeys("northshire-police");
        assertThat(claims.getList("organization.northshire-police.agency_type")).containsExactly("police");
        assertThat(claims.getList("realm_access.roles", String.class)).contains("practitioner");
        assertThat(claims.getString("preferred_username")).isEqualTo("pc.hughes");
    }

    @Test
    @Order(2)
    void aSignedInOfficerListsReferralsThroughTheGateway() {
        given().auth().oauth2(passwordToken("pc.hughes"))
                .when().get(suite.gatewayUrl() + "/api/referrals")
                .then().statusCode(200);
    }

    @Test
    @Order(3)
    void withoutATokenTheGatewayAnswers401() {
        given().when().get(suite.gatewayUrl() + "/api/referrals")
                .then().statusCode(401);
    }

    @Test
    @Order(4)
    void thePoliceRecordsSystemCarriesTheSameAgencyClaimAsItsOfficers() {
        String token = clientToken("police-records-system", "police-records-system-demo-secret");
        JsonPath claims = claims(token);
        assertThat(claims.getMap("organization")).containsOnlyKeys("northshire-police");
        assertThat(claims.getList("realm_access.roles", String.class)).contains("partner-system");

        given().auth().oauth2(token)
                .when().get(suite.gatewayUrl() + "/api/referrals")
                .then().statusCode(200);
    }

    @Test
    @Order(5)
    void theGatewayServesOneSwaggerUiWithEveryServicesApi() {
        given().when().get(suite.gatewayUrl() + "/q/swagger-ui/").then().statusCode(200);
        for (String context : List.of("directory", "referral", "case", "consent")) {
            given().accept("application/json")
                    .when().get(suite.gatewayUrl() + "/openapi/" + context)
                    .then().statusCode(200);
        }
    }

    @Test
    @Order(99)
    void sigtermStopsEveryProcessTheSuiteStarted() throws Exception {
        List<ProcessHandle> started = suite.startedProcesses();
        assertThat(started).hasSizeGreaterThanOrEqualTo(6); // Keycloak, four services, gateway (+ PostgreSQL)

        int exit = suite.terminate(Duration.ofMinutes(2));

        assertThat(RunningSuite.allGone(started, Duration.ofSeconds(10)))
                .as("still running after SIGTERM: %s", started.stream().filter(ProcessHandle::isAlive).toList())
                .isTrue();
        assertThat(suite.output).as("launcher output (exit %d)", exit)
                .anyMatch(line -> line.contains("nothing left running"));
        assertThat(exit).isIn(0, 130, 143);
    }
}
