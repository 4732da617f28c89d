package org.earlyhelp.platform.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A record created through the gateway is located at the gateway: the Location a service writes
 * uses the gateway's X-Forwarded-Proto and X-Forwarded-Host, never the service's own address,
 * which clients must not use (and cannot reach in a cluster).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class LocationBehindTheGatewayTest {

    private static String system() {
        return Tokens.partnerSystem("police-records-system").agency("northshire-police", "police").bearer();
    }

    @Test
    void aCreatedRecordIsLocatedAtTheGatewayThatForwardedTheRequest() {
        String location = given().header("Authorization", system())
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "hub.northshire.example")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body("{\"toy\":\"yo-yo\"}")
                .when().post("/api/toy-orders")
                .then().statusCode(201).extract().header("Location");

        assertThat(location).startsWith("https://hub.northshire.example/api/toy-orders/");
    }
}
