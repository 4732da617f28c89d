package org.earlyhelp.platform.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The caller a service sees is exactly who the token says: user, agency with its type and areas, roles. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class CallerFromTokenTest {

    @Test
    void aPractitionerIsTheirUserAgencyAndRoles() {
        given().header("Authorization", Tokens.user("hub.patel").agency("northshire-early-help", "local-authority")
                        .areas("eastmere", "westbrook").roles("hub-triage", "practitioner").bearer())
                .when().get("/api/toys/me")
                .then().statusCode(200)
                .body("userId", equalTo(Tokens.subjectOf("hub.patel")))
                .body("username", equalTo("hub.patel"))
                .body("agency", equalTo("northshire-early-help"))
                .body("agencyType", equalTo("local-authority"))
                .body("areas", contains("eastmere", "westbrook"))
                .body("roles", containsInAnyOrder("hub-triage", "practitioner"))
                .body("partnerSystem", equalTo(false));
    }

    @Test
    void aPartnerSystemIsMarkedAsOne() {
        given().header("Authorization", Tokens.partnerSystem("police-records-system").agency("northshire-police", "police").bearer())
                .when().get("/api/toys/me")
                .then().statusCode(200)
                .body("agency", equalTo("northshire-police"))
                .body("username", equalTo("service-account-police-records-system"))
                .body("partnerSystem", equalTo(true));
    }

    @Test
    void aTokenWithoutAnAgencyIsRejected() {
        String token = Tokens.user("stranger").roles("practitioner").bearer();
        given().header("Authorization", token).when().get("/api/toys/me").then().statusCode(401);
        // Refused again: every request is verified afresh.
        given().header("Authorization", token).when().get("/api/toys/me").then().statusCode(401);
    }

    /** A token accepted before is refused once it has expired. */
    @Test
    void aTokenAcceptedBeforeIsRefusedOnceItHasExpired() throws InterruptedException {
        Instant expiry = Instant.now().plusSeconds(3);
        String token = Tokens.user("hub.patel").agency("northshire-early-help", "local-authority").roles("practitioner")
                .expiresAt(expiry).bearer();
        given().header("Authorization", token).when().get("/api/toys/me").then().statusCode(200)
                .body("username", equalTo("hub.patel")).body("roles", contains("practitioner"));
        given().header("Authorization", token).when().get("/api/toys/me").then().statusCode(200)
                .body("username", equalTo("hub.patel")).body("roles", contains("practitioner"));
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiry).toMillis()) + 1_100);
        given().header("Authorization", token).when().get("/api/toys/me").then().statusCode(401);
    }
}
