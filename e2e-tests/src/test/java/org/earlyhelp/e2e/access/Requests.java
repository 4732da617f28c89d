package org.earlyhelp.e2e.access;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.earlyhelp.e2e.Gateway;
import org.earlyhelp.e2e.Login;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The cells' requests: one call through the gateway as the caller, reduced to an {@link Outcome}. */
final class Requests {

    private static final int PAGE_SIZE = 100;
    private static final int FEED_PAGE = 500;

    private Requests() {
    }

    static Outcome get(Login caller, String path, Object... pathParams) {
        return outcome(Gateway.as(caller).when().get(path, pathParams));
    }

    static Outcome post(Login caller, Object body, String path, Object... pathParams) {
        return outcome(Gateway.as(caller).body(body).when().post(path, pathParams));
    }

    static Outcome outcome(Response response) {
        return Outcome.of(response.statusCode(), response.asString());
    }

    /**
     * Whether the platform-paged list at {@code path} holds {@code id} anywhere, reading every page
     * ({@code items[].id}); the status of the first refused page otherwise.
     */
    static Outcome listed(Login caller, String path, Map<String, ?> query, UUID id) {
        return listedBy(caller, path, query, item -> item.get("id"), id);
    }

    static Outcome listedBy(Login caller, String path, Map<String, ?> query, Function<Map<String, Object>, Object> key,
            UUID id) {
        for (int page = 0; ; page++) {
            RequestSpecification request = Gateway.as(caller).queryParams(query).queryParam("page", page)
                    .queryParam("size", PAGE_SIZE);
            Response response = request.when().get(path);
            if (response.statusCode() != 200) {
                return Outcome.list(response.statusCode(), false, response.asString());
            }
            List<Map<String, Object>> items = response.jsonPath().getList("items");
            if (items.stream().anyMatch(item -> contains(key.apply(item), id))) {
                return Outcome.list(200, true, null);
            }
            long total = response.jsonPath().getLong("total");
            if ((long) (page + 1) * PAGE_SIZE >= total || items.isEmpty()) {
                return Outcome.list(200, false, null);
            }
        }
    }

    /**
     * Whether any event about {@code subject} is in what the caller reads of the event feed of {@code context}, following
     * {@code next} from the start; the status of the first refused page otherwise.
     */
    static Outcome inFeed(Login caller, String context, UUID subject) {
        String after = "0";
        while (true) {
            Response response = Gateway.as(caller).queryParam("after", after).queryParam("limit", FEED_PAGE)
                    .when().get("/api/events/" + context);
            if (response.statusCode() != 200) {
                return Outcome.list(response.statusCode(), false, response.asString());
            }
            List<Map<String, Object>> events = response.jsonPath().getList("events");
            if (events.stream().anyMatch(event -> subject.toString().equals(event.get("subject")))) {
                return Outcome.list(200, true, null);
            }
            String next = response.jsonPath().getString("next");
            if (events.isEmpty() || next.equals(after)) {
                return Outcome.list(200, false, null);
            }
            after = next;
        }
    }

    private static boolean contains(Object value, UUID id) {
        if (value instanceof List<?> values) {
            return values.stream().anyMatch(each -> id.toString().equals(String.valueOf(each)));
        }
        return id.toString().equals(String.valueOf(value));
    }
}
