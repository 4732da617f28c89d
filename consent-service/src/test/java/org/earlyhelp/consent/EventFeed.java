package org.earlyhelp.consent;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.earlyhelp.platform.test.Tokens;

import io.restassured.path.json.JsonPath;

/** Reads this service's event feed as a reader would. */
public final class EventFeed {

    private EventFeed() {
    }

    /** Every event the reader may read, oldest first. */
    public static List<Map<String, Object>> readAll(Tokens reader) {
        List<Map<String, Object>> events = new ArrayList<>();
        String cursor = "0";
        while (true) {
            JsonPath page = given().header("Authorization", reader.bearer()).queryParam("after", cursor).queryParam("limit", 500)
                    .when().get("/api/events/consent").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> batch = page.getList("events");
            events.addAll(batch);
            cursor = page.getString("next");
            if (batch.size() < 500) {
                return events;
            }
        }
    }

    /** The events of one type about one subject. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> about(Tokens reader, String type, Object subject) {
        return readAll(reader).stream()
                .filter(event -> type.equals(event.get("type")) && subject.toString().equals(event.get("subject")))
                .toList();
    }
}
