package org.earlyhelp.platform.test;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * One service's event feed ({@code GET /api/events/<context>}) read from the start as one reader, the way a consumer
 * reads it: pages of up to 500 events, each asked for {@code after} the previous page's {@code next}, until a page
 * brings nothing new.
 *
 * <pre>{@code
 * List<Map<String, Object>> opened = EventFeedReader.as(bearer).events("case", "case.opened");
 * }</pre>
 */
public final class EventFeedReader {

    private static final int PAGE = 500;

    private final Supplier<RequestSpecification> reader;

    private EventFeedReader(Supplier<RequestSpecification> reader) {
        this.reader = reader;
    }

    /** Requests made by {@code reader}, e.g. {@code () -> gateway.as(user)} for a feed behind the gateway. */
    public static EventFeedReader as(Supplier<RequestSpecification> reader) {
        return new EventFeedReader(reader);
    }

    /** Requests to the service under test with {@code authorization} ({@code Bearer …}). */
    public static EventFeedReader as(String authorization) {
        return new EventFeedReader(() -> given().header("Authorization", authorization));
    }

    /** Every event of {@code context}'s feed the reader may read, oldest first. */
    public List<Map<String, Object>> all(String context) {
        List<Map<String, Object>> events = new ArrayList<>();
        String after = "0";
        while (true) {
            JsonPath page = reader.get().queryParam("after", after).queryParam("limit", PAGE)
                    .when().get("/api/events/" + context).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> found = page.getList("events");
            events.addAll(found);
            String next = page.getString("next");
            if (found.isEmpty() || next == null || next.equals(after)) {
                return events;
            }
            after = next;
        }
    }

    /** The events of {@code type} the reader may read, oldest first. */
    public List<Map<String, Object>> events(String context, String type) {
        return all(context).stream().filter(event -> type.equals(event.get("type"))).toList();
    }

    /** The events of {@code type} about {@code subject} the reader may read, oldest first. */
    public List<Map<String, Object>> about(String context, String type, Object subject) {
        return events(context, type).stream().filter(event -> String.valueOf(subject).equals(event.get("subject"))).toList();
    }
}
