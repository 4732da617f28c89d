package org.earlyhelp.web.pages;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The pages anyone may see, their headers and GOV.UK Frontend's files; no Keycloak needed for these. */
@QuarkusTest
class PublicPagesTest {

    @Test
    void everyPageCarriesTheSecurityHeadersAndNoInlineScript() {
        given().when().get("/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .body(containsString("govuk-frontend.min.css"), containsString("Sign in"), not(containsString("<script>")));
    }

    @Test
    void govukFrontendIsServedFromItsWebjarWithItsFontsWhereItsStylesheetAsks() {
        given().when().get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css").then().statusCode(200);
        given().when().get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js").then().statusCode(200);
        given().when().get("/assets/fonts/light-94a07e06a1-v2.woff2").then().statusCode(200);
        given().when().get("/static/init.js").then().statusCode(200);
    }

    @Test
    void findAServiceSaysWhatIsWrongWithAPostcodeBeforeAskingTheDirectory() {
        given().when().get("/services?postcode=nowhere").then().statusCode(200)
                .body(containsString("govuk-error-summary"), containsString("Enter a real postcode"));
    }

    @Test
    void aServiceIdThatIsNoIdIsNotFound() {
        given().when().get("/services/not-an-id").then().statusCode(404).body(containsString("Not found"));
    }
}
