package org.earlyhelp.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Requests reach the service that owns their path, unchanged: method, path, query, headers and body. */
@QuarkusTest
@WithTestResource(StubBackend.class)
class RoutingTest {

    @Test
    void aReferralRequestReachesTheReferralServiceUnchanged() {
        given().header("Authorization", "Bearer abc")
                .queryParam("page", 2)
                .when().get("/api/referrals/123/history")
                .then().statusCode(200)
                .body("method", equalTo("GET"))
                .body("path", equalTo("/api/referrals/123/history"))
                .body("query", equalTo("page=2"))
                .body("authorization", equalTo("Bearer abc"));
    }

    @Test
    void aPostBodyIsPassedThrough() {
        given().contentType("application/json").body("{\"concern\":\"housing\"}")
                .when().post("/api/referrals")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("body", equalTo("{\"concern\":\"housing\"}"));
    }

    @Test
    void theExactPrefixIsRoutedToo() {
        given().when().get("/api/triage-queue").then().statusCode(200).body("path", equalTo("/api/triage-queue"));
    }

    @Test
    void aPathNoServiceOwnsIsNotFound() {
        given().when().get("/api/nothing-here").then().statusCode(404);
        given().when().get("/api/referralsX").then().statusCode(404);
    }
}
