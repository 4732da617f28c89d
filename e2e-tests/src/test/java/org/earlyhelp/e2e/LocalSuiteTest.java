package org.earlyhelp.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.ResourceLock;

import io.restassured.path.json.JsonPath;

/**
 * The README's run command brings up Keycloak, PostgreSQL, every service and the gateway; a demo
 * user signs in with Keycloak and reaches the referral API through the gateway; SIGTERM leaves
 * nothing running. Ordered after every other end-to-end class, because its last test stops the suite
 * (only {@link org.earlyhelp.e2e.data.SuiteDataTest}, which starts a suite of its own, comes later).
 */
@EndToEnd
@Order(Integer.MAX_VALUE - 1)
@ResourceLock(SuiteLocks.RUNNING_SUITE) // its last test stops the suite: it waits for a class running beside the others
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalSuiteTest {

    @Test
    @Order(1)
    void aPoliceOfficersTokenCarriesTheirAgencyAndRole() {
        JsonPath claims = KeycloakTokens.claims(Login.PC_HUGHES.token());

        Map<String, Object> organization = claims.getMap("organization");
        assertThat(organization).containsOnlyKeys("northshire-police");
        assertThat(claims.getList("organization.northshire-police.agency_type")).containsExactly("police");
        assertThat(claims.getList("realm_access.roles", String.class)).contains("practitioner");
        assertThat(claims.getString("preferred_username")).isEqualTo("pc.hughes");
    }

    @Test
    @Order(2)
    void aSignedInOfficerListsReferralsThroughTheGateway() {
        Gateway.as(Login.PC_HUGHES).when().get("/api/referrals").then().statusCode(200);
    }

    @Test
    @Order(3)
    void withoutATokenTheGatewayAnswers401() {
        Gateway.as(Login.ANONYMOUS).when().get("/api/referrals").then().statusCode(401);
    }

    @Test
    @Order(4)
    void thePoliceRecordsSystemCarriesTheSameAgencyClaimAsItsOfficers() {
        JsonPath claims = KeycloakTokens.claims(Login.POLICE_RECORDS_SYSTEM.token());
        assertThat(claims.getMap("organization")).containsOnlyKeys("northshire-police");
        assertThat(claims.getList("realm_access.roles", String.class)).contains("partner-system");

        Gateway.as(Login.POLICE_RECORDS_SYSTEM).when().get("/api/referrals").then().statusCode(200);
    }

    @Test
    @Order(5)
    void theGatewayServesOneSwaggerUiWithEveryServicesApi() {
        String gateway = TheSuite.running().gatewayUrl();
        given().when().get(gateway + "/q/swagger-ui/").then().statusCode(200);
        for (String context : List.of("directory", "referral", "case", "consent")) {
            given().accept("application/json")
                    .when().get(gateway + "/openapi/" + context)
                    .then().statusCode(200);
        }
    }

    @Test
    @Order(99)
    void sigtermStopsEveryProcessTheSuiteStarted() throws Exception {
        RunningSuite suite = TheSuite.running();
        assumeTrue(suite.startedHere(), "attached to a suite started by hand: it is left running");
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
