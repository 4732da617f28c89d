package org.earlyhelp.reliability;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/** referral-service's event feed as one reader sees it, read from the start through the gateway. */
final class ReferralFeed {

    private static final int PAGE = 500;

    private final Suite suite;
    private final String clientId;

    ReferralFeed(Suite suite, String clientId) {
        this.suite = suite;
        this.clientId = clientId;
    }

    /** How many events of {@code type} the reader finds per subject, over the whole feed. */
    Map<String, Long> countOf(String type) {
        Map<String, Long> perSubject = new HashMap<>();
        String after = "0";
        while (true) {
            JsonPath page = suite.asSystem(clientId).queryParam("after", after).queryParam("limit", PAGE)
                    .when().get("/api/events/referral")
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> events = page.getList("events");
            for (Map<String, Object> event : events) {
                if (type.equals(event.get("type"))) {
                    perSubject.merge((String) event.get("subject"), 1L, Long::sum);
                }
            }
            if (events.isEmpty()) {
                return perSubject;
            }
            after = page.getString("next");
        }
    }
}
