package org.earlyhelp.platform.web;

import org.earlyhelp.platform.http.RequestIds;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** One request id follows a request: taken from the caller, or made up, returned, and visible to the code serving it. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class RequestIdTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private static String token() {
        return Tokens.user("pc.hughes").agency("northshire-police", "police").roles("practitioner").bearer();
    }

    @Test
    void aGivenRequestIdIsKeptReturnedAndSeenByTheResource() {
        given().header("Authorization", token()).header(RequestIds.HEADER, "gw-42.abc")
                .when().get("/api/toys/request-id")
                .then().statusCode(200)
                .header(RequestIds.HEADER, "gw-42.abc")
                .body("requestId", equalTo("gw-42.abc"));
    }

    @Test
    void withoutOneARequestIdIsMadeUp() {
        given().header("Authorization", token())
                .when().get("/api/toys/request-id")
                .then().statusCode(200)
                .header(RequestIds.HEADER, matchesPattern(UUID))
                .body("requestId", matchesPattern(UUID));
    }

    @Test
    void aRestClientCallCarriesTheRequestIdDownstream() {
        given().header("Authorization", token()).header(RequestIds.HEADER, "span-9")
                .when().get("/api/toys/relay")
                .then().statusCode(200)
                .body("downstreamSaw", equalTo("span-9"));
    }

    @Test
    void anUnsafeRequestIdIsReplacedNotEchoed() {
        given().header("Authorization", token()).header(RequestIds.HEADER, "<script>alert(1)</script>")
                .when().get("/api/toys/request-id")
                .then().statusCode(200)
                .header(RequestIds.HEADER, not(equalTo("<script>alert(1)</script>")))
                .header(RequestIds.HEADER, matchesPattern(UUID));
    }
}
