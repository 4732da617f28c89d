package org.earlyhelp.cases;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import org.earlyhelp.platform.test.EventFeedReader;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The case API as tests drive it. */
public final class Api {

    private Api() {
    }

    public static ValidatableResponse read(String bearer, String caseId) {
        return given().header("Authorization", bearer).when().get("/api/cases/" + caseId).then();
    }

    public static String etag(String bearer, String caseId) {
        return read(bearer, caseId).statusCode(200).extract().header("ETag");
    }

    public static ValidatableResponse get(String bearer, String path) {
        return given().header("Authorization", bearer).when().get(path).then();
    }

    /** POST to {@code /api/cases/<id>/<action>} with the case's current ETag (read as {@code bearer}). */
    public static ValidatableResponse act(String bearer, String caseId, String action, Object body) {
        return actWith(bearer, caseId, action, body, etag(bearer, caseId));
    }

    public static ValidatableResponse actWith(String bearer, String caseId, String action, Object body, String ifMatch) {
        var request = given().header("Authorization", bearer).contentType(ContentType.JSON);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body != null) {
            request.body(body);
        }
        return request.when().post("/api/cases/" + caseId + "/" + action).then();
    }

    /** A JSON request as {@code bearer} with {@code If-Match} (when not null). */
    public static io.restassured.specification.RequestSpecification request(String bearer, String ifMatch) {
        var request = io.restassured.RestAssured.given().header("Authorization", bearer).contentType(ContentType.JSON);
        return ifMatch == null ? request : request.header("If-Match", ifMatch);
    }

    /** POST without If-Match (creating something on the case). */
    public static ValidatableResponse post(String bearer, String path, Object body) {
        var request = given().header("Authorization", bearer).contentType(ContentType.JSON);
        if (body != null) {
            request.body(body);
        }
        return request.when().post(path).then();
    }

    /** Every event on this service's feed of {@code type}, as {@code bearer} may read them, oldest first. */
    public static List<Map<String, Object>> events(String bearer, String type) {
        return allEvents(bearer).stream().filter(event -> type.equals(event.get("type"))).toList();
    }

    /** Every event on this service's feed, as {@code bearer} may read them, oldest first. */
    public static List<Map<String, Object>> allEvents(String bearer) {
        return EventFeedReader.as(bearer).all("case");
    }

    /** An event's data. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> data(Map<String, Object> event) {
        return (Map<String, Object>) event.get("data");
    }

    /** Events of {@code type} about case {@code caseId}. */
    public static List<Map<String, Object>> eventsAbout(String bearer, String type, String caseId) {
        return events(bearer, type).stream().filter(event -> caseId.equals(event.get("subject"))).toList();
    }
}
