package org.earlyhelp.consent;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import org.earlyhelp.platform.test.Tokens;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The consent API as a test drives it over HTTP. */
public final class ConsentApi {

    private ConsentApi() {
    }

    public static ValidatableResponse record(Tokens who, Consents consent) {
        return given().header("Authorization", who.bearer()).contentType(ContentType.JSON).body(consent.body())
                .when().post("/api/consents").then();
    }

    /** Records and returns the new consent's id (201 expected). */
    public static UUID recorded(Tokens who, Consents consent) {
        return UUID.fromString(record(who, consent).statusCode(201).extract().path("id"));
    }

    public static ValidatableResponse read(Tokens who, UUID consent) {
        return given().header("Authorization", who.bearer()).when().get("/api/consents/" + consent).then();
    }

    public static ValidatableResponse withdraw(Tokens who, UUID consent, String reason) {
        return given().header("Authorization", who.bearer()).contentType(ContentType.JSON)
                .body(reason == null ? Map.of() : Map.of("reason", reason))
                .when().post("/api/consents/" + consent + "/withdraw").then();
    }

    public static ValidatableResponse decide(Tokens who, Map<String, Object> question) {
        return given().header("Authorization", who.bearer()).contentType(ContentType.JSON).body(question)
                .when().post("/api/sharing-decisions").then();
    }
}
