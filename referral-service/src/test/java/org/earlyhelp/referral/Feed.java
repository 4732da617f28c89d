package org.earlyhelp.referral;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads this service's event feed as a given caller. */
final class Feed {

    private Feed() {
    }

    /** Every event of {@code type} the caller may read, oldest first. */
    static List<Map<String, Object>> events(String bearer, String type) {
        return all(bearer).stream().filter(event -> type.equals(event.get("type"))).toList();
    }

    /** Every event the caller may read, oldest first. */
    static List<Map<String, Object>> all(String bearer) {
        List<Map<String, Object>> all = new ArrayList<>();
        String after = null;
        while (true) {
            var request = given().header("Authorization", bearer).queryParam("limit", 500);
            if (after != null) {
                request.queryParam("after", after);
            }
            List<Map<String, Object>> page = request.when().get("/api/events/referral").then().statusCode(200)
                    .extract().jsonPath().getList("events");
            if (page.isEmpty()) {
                break;
            }
            all.addAll(page);
            after = (String) page.get(page.size() - 1).get("cursor");
        }
        return all;
    }

    /** The one event of {@code type} about {@code subject}. */
    static Map<String, Object> about(String bearer, String type, String subject) {
        List<Map<String, Object>> found = events(bearer, type).stream().filter(event -> subject.equals(event.get("subject"))).toList();
        if (found.size() != 1) {
            throw new AssertionError("Expected one " + type + " about " + subject + ", found " + found.size());
        }
        return found.get(0);
    }
}
