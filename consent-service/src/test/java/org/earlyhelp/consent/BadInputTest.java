package org.earlyhelp.consent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.allOf;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Whatever a caller sends, a mistake is a 4xx problem that says what is wrong, never a 5xx. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class BadInputTest {

    @ParameterizedTest(name = "GET {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/consents/not-a-uuid                                          | 400
            /api/consents/not-a-uuid/fhir                                     | 400
            /api/consents/00000000-0000-0000-0000-000000000000/versions/x     | 400
            /api/consents?person=42                                           | 400
            /api/consents?status=maybe                                        | 400
            /api/consents?size=100000                                         | 400
            /api/consents?size=0                                              | 400
            /api/consents?page=-1                                             | 400
            /api/consents?page=abc                                            | 400
            /api/sharing-decisions/not-a-uuid                                 | 400
            /api/sharing-decisions?size=101                                   | 400
            /api/lawful-bases/'; DROP TABLE consent;--                        | 400
            /api/lawful-bases?person=%00                                      | 400
            /api/consents/00000000-0000-0000-0000-000000000000                | 404
            /api/consents/00000000-0000-0000-0000-000000000000/versions/99999999999 | 400
            """)
    void malformedReadsAreClientErrors(String path, int status) {
        given().header("Authorization", Staff.hubTriage().bearer()).urlEncodingEnabled(false)
                .when().get(path.replace(" ", "%20"))
                .then().statusCode(status).contentType("application/problem+json");
    }

    @Test
    void unknownCodesInAConsentAreNamed() {
        Map<String, Object> body = Consents.parentalConsentFor(UUID.randomUUID()).with("method", "telepathy").body();

        post("/api/consents", body).statusCode(400).body("violations.field", hasItem("method"));
    }

    @Test
    void unknownPurposeOrCategoryInAQuestionIsNamed() {
        post("/api/sharing-decisions", Questions.question(UUID.randomUUID(), "northshire-police", "curiosity", "identity"))
                .statusCode(400).body("violations.field", hasItem("purpose"));
        post("/api/sharing-decisions", Questions.question(UUID.randomUUID(), "northshire-police", "referral", "gossip"))
                .statusCode(400);
    }

    @Test
    void missingFieldsAreListed() {
        post("/api/consents", Map.of("personId", UUID.randomUUID().toString())).statusCode(400)
                .body("violations.field", allOf(hasItem("personName"), hasItem("grantor"), hasItem("method"), hasItem("status"),
                        hasItem("provisions")));
        post("/api/sharing-decisions", Map.of()).statusCode(400)
                .body("violations.field", allOf(hasItem("personId"), hasItem("recipient"), hasItem("purpose"), hasItem("dataCategories")));
    }

    @Test
    void aBadUuidInABodyIsRefused() {
        post("/api/consents", Consents.parentalConsentFor(UUID.randomUUID()).with("personId", "child-1").body())
                .statusCode(400).body("violations.field", hasItem("personId"));
    }

    @Test
    void fieldsNobodyAskedForAreRefused() {
        post("/api/consents", Consents.parentalConsentFor(UUID.randomUUID()).with("version", 7).body()).statusCode(400);
        post("/api/consents", Consents.parentalConsentFor(UUID.randomUUID()).with("recordedBy", "someone-else").body()).statusCode(400);
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        post("/api/consents", Consents.parentalConsentFor(UUID.randomUUID())
                .with("period", Map.of("start", "2026-05-01T00:00:00Z", "end", "2026-04-01T00:00:00Z")).body())
                .statusCode(400).body("violations.field", hasItem("period.ordered"));
    }

    @Test
    void aFutureBirthDateAndOverlongTextAreRefused() {
        post("/api/consents", Consents.parentalConsentFor(UUID.randomUUID()).with("personBirthDate", "2999-01-01")
                .with("evidenceReference", "x".repeat(501)).body())
                .statusCode(400).body("violations.field", allOf(hasItem("personBirthDate"), hasItem("evidenceReference")));
    }

    @Test
    void tooManyProvisionsOrRecipientsAreRefused() {
        Consents consent = Consents.parentalConsentFor(UUID.randomUUID());
        for (int i = 0; i < 25; i++) {
            consent.permit("referral").toAgencyTypes("police").categories("identity");
        }
        post("/api/consents", consent.body()).statusCode(400).body("violations.field", hasItem("provisions"));
    }

    @Test
    void malformedJsonAndWrongMediaTypesAreClientErrors() {
        given().header("Authorization", Staff.hubTriage().bearer()).contentType(ContentType.JSON).body("{\"personId\": ")
                .when().post("/api/consents").then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", Staff.hubTriage().bearer()).contentType(ContentType.JSON).body("[]")
                .when().post("/api/sharing-decisions").then().statusCode(400);
        given().header("Authorization", Staff.hubTriage().bearer()).contentType(ContentType.JSON).body("null")
                .when().post("/api/lawful-bases").then().statusCode(400);
        given().header("Authorization", Staff.hubTriage().bearer()).contentType(ContentType.TEXT).body("consent please")
                .when().post("/api/consents").then().statusCode(415);
        given().header("Authorization", Staff.hubTriage().bearer()).accept("application/xml")
                .when().get("/api/consents").then().statusCode(allOf(greaterThanOrEqualTo(400), lessThan(500)));
    }

    @Test
    void aWrongTypeOfValueIsNamed() {
        post("/api/sharing-decisions", Map.of("personId", UUID.randomUUID().toString(),
                "recipient", "northshire-police", "purpose", "referral", "dataCategories", List.of("identity")))
                .statusCode(400).body("violations.field", hasItem("recipient"));
        post("/api/consents", Consents.parentalConsentFor(UUID.randomUUID()).with("provisions", "all of them").body())
                .statusCode(400).body("status", equalTo(400));
    }

    private static ValidatableResponse post(String path, Object body) {
        return given().header("Authorization", Staff.hubTriage().bearer()).contentType(ContentType.JSON).body(body)
                .when().post(path).then().contentType("application/problem+json");
    }
}
