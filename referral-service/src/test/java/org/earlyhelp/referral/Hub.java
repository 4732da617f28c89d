package org.earlyhelp.referral;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.Random;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The hub screener of Eastmere at "known to services" and cumulative-concern alerts, as tests drive it. */
final class Hub {

    private Hub() {
    }

    /** Letters unique to one run, so a family is nobody else's in the shared test database. */
    static String unique() {
        Random random = new Random();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    static String childOf(String referral) {
        return Api.read(Agencies.hubScreener(), referral).statusCode(200).extract().path("children[0].personId");
    }

    static List<Map<String, Object>> matches(String referral) {
        return given().header("Authorization", Agencies.hubScreener()).queryParam("size", 100).when()
                .get("/api/referrals/" + referral + "/matches").then().statusCode(200).extract().jsonPath().getList("items");
    }

    /** The match on {@code referral} whose candidate is {@code candidatePersonId}. */
    static String matchId(String referral, String candidatePersonId) {
        List<Map<String, Object>> all = matches(referral);
        return all.stream().filter(match -> candidatePersonId.equals(match.get("candidatePersonId"))).findFirst()
                .map(match -> (String) match.get("id"))
                .orElseThrow(() -> new AssertionError("No match for " + candidatePersonId + " in " + all));
    }

    static ValidatableResponse decide(String referral, String matchId, String decision) {
        return given().header("Authorization", Agencies.hubScreener()).when()
                .post("/api/referrals/" + referral + "/matches/" + matchId + "/" + decision).then();
    }

    static ValidatableResponse unlink(String bearer, String referral, String matchId, Object body) {
        var request = given().header("Authorization", bearer).contentType(ContentType.JSON);
        if (body != null) {
            request.body(body);
        }
        return request.when().post("/api/referrals/" + referral + "/matches/" + matchId + "/unlink").then();
    }

    /** The Eastmere hub's alerts about {@code personId}, of {@code status} (open and acknowledged when null). */
    static List<Map<String, Object>> alertsFor(String personId, String status) {
        var request = given().header("Authorization", Agencies.hubScreener()).queryParam("size", 100);
        if (status != null) {
            request.queryParam("status", status);
        }
        List<Map<String, Object>> all = request.when().get("/api/alerts").then().statusCode(200).extract().jsonPath().getList("items");
        return all.stream().filter(alert -> personId.equals(alert.get("personId"))).toList();
    }

    static Map<String, Object> oneAlertFor(String personId) {
        List<Map<String, Object>> alerts = alertsFor(personId, null);
        if (alerts.size() != 1) {
            throw new AssertionError("Expected one alert about " + personId + ", found " + alerts);
        }
        return alerts.get(0);
    }
}
