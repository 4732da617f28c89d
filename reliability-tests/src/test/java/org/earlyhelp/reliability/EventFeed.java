package org.earlyhelp.reliability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** One service's event feed as one reader sees it, read from the start through the gateway. */
final class EventFeed {

    private static final int PAGE = 500;

    private final Supplier<RequestSpecification> reader;
    private final String context;

    /** {@code reader} makes each request as the reader, e.g. {@code () -> suite.as("hv.morgan")}; {@code context} e.g. {@code case}. */
    EventFeed(Supplier<RequestSpecification> reader, String context) {
        this.reader = reader;
        this.context = context;
    }

    /** Every event of {@code type} the reader may see, in feed order. */
    List<Map<String, Object>> events(String type) {
        List<Map<String, Object>> found = new ArrayList<>();
        String after = "0";
        while (true) {
            JsonPath page = reader.get().queryParam("after", after).queryParam("limit", PAGE)
                    .when().get("/api/events/" + context)
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> events = page.getList("events");
            events.stream().filter(event -> type.equals(event.get("type"))).forEach(found::add);
            if (events.isEmpty()) {
                return found;
            }
            after = page.getString("next");
        }
    }

    /** How many events of {@code type} the reader finds per subject. */
    Map<String, Long> countBySubject(String type) {
        Map<String, Long> perSubject = new HashMap<>();
        events(type).forEach(event -> perSubject.merge((String) event.get("subject"), 1L, Long::sum));
        return perSubject;
    }
}
