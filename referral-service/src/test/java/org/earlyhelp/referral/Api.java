package org.earlyhelp.referral;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The referral API as tests drive it. */
final class Api {

    private Api() {
    }

    static ValidatableResponse submit(String bearer, Map<String, Object> body) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON).body(body)
                .when().post("/api/referrals").then();
    }

    /** Submits and returns the new referral's id. */
    static String submitted(String bearer, Map<String, Object> body) {
        return submit(bearer, body).statusCode(201).extract().path("id");
    }

    /** The family's consent lets {@code lead} receive everything the referral says about each person on it. */
    static void consentToLead(String id, String lead) {
        var referral = read(Agencies.hubScreener(), id).statusCode(200).extract().jsonPath();
        StubSharingGate.permitLead(lead, referral.getList("children.personId"));
        StubSharingGate.permitLead(lead, referral.getList("household.personId"));
    }

    static ValidatableResponse read(String bearer, String id) {
        return given().header("Authorization", bearer).when().get("/api/referrals/" + id).then();
    }

    static String etag(String bearer, String id) {
        return read(bearer, id).statusCode(200).extract().header("ETag");
    }

    /** A triage or referrer action ({@code triage}, {@code accept}, ...) with the current ETag. */
    static ValidatableResponse act(String bearer, String id, String action, Map<String, Object> body) {
        String etag = etag(Agencies.hubScreener(), id);
        return actWith(bearer, id, action, body, etag);
    }

    static ValidatableResponse actWith(String bearer, String id, String action, Map<String, Object> body, String ifMatch) {
        var request = given().header("Authorization", bearer).contentType(ContentType.JSON);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body != null) {
            request.body(body);
        }
        return request.when().post("/api/referrals/" + id + "/" + action).then();
    }
}
