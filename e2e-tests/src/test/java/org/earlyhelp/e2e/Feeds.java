package org.earlyhelp.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/** A service's event feed ({@code /api/events/<context>}) read through the gateway, as an agency's user or system reads it. */
public final class Feeds {

    private static final int LIMIT = 500;

    private Feeds() {
    }

    /** Every event of the feed the reader may read, from the start, following {@code next} until nothing new comes. */
    public static List<Map<String, Object>> read(Login reader, String context) {
        List<Map<String, Object>> events = new ArrayList<>();
        String after = "0";
        while (true) {
            JsonPath page = Gateway.as(reader).queryParam("after", after).queryParam("limit", LIMIT)
                    .when().get("/api/events/" + context).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> found = page.getList("events");
            events.addAll(found);
            String next = page.getString("next");
            if (found.isEmpty() || next.equals(after)) {
                return events;
            }
            after = next;
        }
    }

    /** The events of {@code type} about {@code subject} in what the reader may read. */
    public static List<Map<String, Object>> about(Login reader, String context, String type, Object subject) {
        return read(reader, context).stream()
                .filter(event -> type.equals(event.get("type")) && String.valueOf(subject).equals(event.get("subject")))
                .toList();
    }
}
