package org.earlyhelp.platform.events;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.earlyhelp.platform.test.Tokens;

import io.restassured.path.json.JsonPath;

/** Reads the test service's own feed over HTTP, as a real reader would. */
final class FeedReader {

    static final String FEED = "/api/events/test";

    private FeedReader() {
    }

    /** Another service's account, which reads every event. */
    static Tokens serviceAccount() {
        return Tokens.user("service-account-events-test").agency("northshire-early-help", "local-authority").roles("event-consumer");
    }

    /** A person of an agency made up for one test, so no other test's events are addressed to it. */
    static String newAgency(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    record Page(List<Map<String, Object>> events, String next) {

        List<String> ids() {
            return events.stream().map(event -> (String) event.get("id")).toList();
        }

        List<String> cursors() {
            return events.stream().map(event -> (String) event.get("cursor")).toList();
        }
    }

    static Page page(Tokens reader, String after, Integer limit) {
        var request = given().header("Authorization", reader.bearer());
        if (after != null) {
            request.queryParam("after", after);
        }
        if (limit != null) {
            request.queryParam("limit", limit);
        }
        JsonPath body = request.when().get(FEED).then().statusCode(200).extract().jsonPath();
        return new Page(body.getList("events"), body.getString("next"));
    }

    /** Every event after {@code after}, page by page, and the cursor after the last page. */
    static Page readAll(Tokens reader, String after, int limit) {
        List<Map<String, Object>> events = new ArrayList<>();
        String cursor = after;
        while (true) {
            Page page = page(reader, cursor, limit);
            events.addAll(page.events());
            cursor = page.next();
            if (page.events().size() < limit) {
                return new Page(events, cursor);
            }
        }
    }

    /** The feed's current head: a cursor from which only events recorded from now on are read. */
    static String head() {
        return readAll(serviceAccount(), null, 500).next();
    }
}
