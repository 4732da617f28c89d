package org.earlyhelp.platform.web;

import org.earlyhelp.platform.http.Problem;
import org.earlyhelp.platform.http.RequestIds;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Every error is an RFC 9457 problem a client can act on, with the request id and without internals. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ProblemResponsesTest {

    private static RequestSpecification practitioner() {
        return given().header("Authorization",
                Tokens.user("pc.hughes").agency("northshire-police", "police").roles("practitioner").bearer());
    }

    @Test
    void invalidFieldsAreNamedInViolations() {
        practitioner().contentType("application/json")
                .body("{\"name\":\"\",\"kind\":\"BALL\",\"parts\":[{\"madeOn\":null}]}")
                .when().post("/api/toys")
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(400))
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("parts[0].madeOn"))
                .body("requestId", notNullValue());
    }

    @Test
    void malformedJsonIsABadRequest() {
        practitioner().contentType("application/json").body("{\"name\": ")
                .when().post("/api/toys")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", containsString("malformed-json"));
    }

    @Test
    void aWrongTypeOrUnknownEnumNamesTheField() {
        practitioner().contentType("application/json").body("{\"name\":\"x\",\"kind\":\"KITE\"}")
                .when().post("/api/toys")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("kind"));
        practitioner().contentType("application/json").body("{\"name\":\"x\",\"kind\":\"BALL\",\"parts\":[{\"madeOn\":\"yesterday\"}]}")
                .when().post("/api/toys")
                .then().statusCode(400).body("violations[0].field", equalTo("parts[0].madeOn"));
    }

    @Test
    void anUnknownFieldIsRefusedNotIgnored() {
        practitioner().contentType("application/json").body("{\"name\":\"x\",\"kind\":\"BALL\",\"status\":\"approved\"}")
                .when().post("/api/toys")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("status"));
    }

    @Test
    void valuesOfAnotherShapeAreRefusedNotCoerced() {
        practitioner().contentType("application/json").body("{\"name\":12345,\"kind\":\"BALL\"}")
                .when().post("/api/toys")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("violations[0].field", equalTo("name"));
        for (String madeOn : new String[] { "20000", "[]", "[2026,1,1]", "\"2026-01-01T00:00:00Z\"" }) {
            practitioner().contentType("application/json").body("{\"name\":\"x\",\"kind\":\"BALL\",\"parts\":[{\"madeOn\":" + madeOn + "}]}")
                    .when().post("/api/toys")
                    .then().statusCode(400).body("violations[0].field", equalTo("parts[0].madeOn"));
        }
    }

    @Test
    void contentAfterTheBodysJsonValueIsRefused() {
        for (String body : new String[] { "{\"name\":\"x\",\"kind\":\"BALL\"}}}xyz",
                "{\"name\":\"x\",\"kind\":\"BALL\"}{\"name\":\"y\",\"kind\":\"BALL\"}" }) {
            practitioner().contentType("application/json").body(body)
                    .when().post("/api/toys")
                    .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("type", containsString("malformed-json"));
        }
    }

    @Test
    void aFieldNamedTwiceIsRefusedNotTheLastOneWins() {
        practitioner().contentType("application/json").body("{\"name\":\"x\",\"kind\":\"BALL\",\"name\":\"y\"}")
                .when().post("/api/toys")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("detail", containsString("JSON"));
    }

    @Test
    void aNullInsideAnArrayIsRefused() {
        practitioner().contentType("application/json").body("{\"name\":\"x\",\"kind\":\"BALL\",\"parts\":[null]}")
                .when().post("/api/toys")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("violations[0].field", equalTo("parts[0]"));
    }

    @Test
    void textWithANulCharacterIsRefused() {
        practitioner().contentType("application/json").body("{\"name\":\"a\\u0000b\",\"kind\":\"BALL\"}")
                .when().post("/api/toys")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("violations[0].field", equalTo("name"));
    }

    @Test
    void anUndeclaredQueryParameterIsRefusedByName() {
        practitioner().queryParam("sise", 5).when().get("/api/toys")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("violations.field", hasItem("sise"));
        practitioner().queryParam("size", 5).queryParam("page", 0).when().get("/api/toys").then().statusCode(200);
    }

    @Test
    void aMissingBodyIsABadRequest() {
        practitioner().contentType("application/json")
                .when().post("/api/toys")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void aWrongContentTypeIs415() {
        practitioner().contentType("text/plain").body("name=x")
                .when().post("/api/toys")
                .then().statusCode(415).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void anUnknownRouteIs404() {
        practitioner().when().get("/api/nothing-here")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE).body("instance", equalTo("/api/nothing-here"));
    }

    @Test
    void aWrongMethodIs405() {
        practitioner().when().delete("/api/toys")
                .then().statusCode(405).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void aConflictKeepsItsMessage() {
        practitioner().when().get("/api/toys/taken")
                .then().statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("This toy is already taken"));
    }

    @Test
    void aPageSizeAboveTheMaximumIsRefused() {
        practitioner().queryParam("size", 1000).when().get("/api/toys")
                .then().statusCode(400).body("violations.field", hasItem("size"));
        practitioner().queryParam("page", "abc").when().get("/api/toys")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE);
        practitioner().queryParam("page", -1).when().get("/api/toys")
                .then().statusCode(400).body("violations.field", hasItem("page"));
    }

    @Test
    void noTokenIs401WithAChallengeAndARequestId() {
        given().header(RequestIds.HEADER, "from-the-gateway-1")
                .when().get("/api/toys")
                .then().statusCode(401)
                .contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .header(RequestIds.HEADER, "from-the-gateway-1")
                .body("requestId", equalTo("from-the-gateway-1"));
    }

    @Test
    void aGarbageTokenIs401Problem() {
        given().header("Authorization", "Bearer not-a-jwt")
                .when().get("/api/toys")
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void aWrongRoleIs403Problem() {
        practitioner().when().get("/api/toys/audited")
                .then().statusCode(403).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void anOversizedBodyIs413Problem() {
        String huge = "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\",\"kind\":\"BALL\"}";
        practitioner().contentType("application/json").body(huge)
                .when().post("/api/toys")
                .then().statusCode(413).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void anUnexpectedErrorIsAGeneric500WithoutInternals() {
        practitioner().when().get("/api/toys/broken")
                .then().statusCode(500)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("request id"))
                .body(not(containsString("secret_table")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("at org.")));
    }

    @Test
    void aDatabaseThatCannotBeReachedIsA503TheClientMayRetry() {
        practitioner().when().get("/api/toys/database-down")
                .then().statusCode(503)
                .contentType(Problem.MEDIA_TYPE)
                .header("Retry-After", notNullValue())
                .body("detail", containsString("Idempotency-Key"))
                .body("requestId", notNullValue())
                .body(not(containsString("5432")))
                .body(not(containsString("SQLException")));
    }
}
