package org.earlyhelp.platform.test;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;

/**
 * Other services' event feeds for a service under test, served over real HTTP as the platform's feed serves them
 * ({@code GET /api/events/<feed>?after=&limit=}: CloudEvents with a {@code cursor} each, and {@code next}), with the
 * events a test publishes. Mount {@link #serve} at {@code /api/events/} of a test's {@code HttpServer}; the
 * service's consumers follow it through the platform's follower, with their real tokens.
 */
public final class StubEventFeeds {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, List<Map<String, Object>>> feeds = new ConcurrentHashMap<>();
    private volatile boolean down;
    private volatile String lastAuthorization;

    /** Publishes an event of {@code type} about {@code subject} on {@code feed} (e.g. {@code consent}); returns it as served. */
    public Map<String, Object> publish(String feed, String type, String subject, Map<String, Object> data) {
        List<Map<String, Object>> events = events(feed);
        synchronized (events) {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("specversion", "1.0");
            event.put("id", UUID.randomUUID().toString());
            event.put("source", "/early-help/" + feed);
            event.put("type", type);
            if (subject != null) {
                event.put("subject", subject);
            }
            event.put("time", Instant.now().toString());
            event.put("datacontenttype", "application/json");
            event.put("data", data);
            event.put("cursor", Integer.toString(events.size() + 1));
            events.add(event);
            return event;
        }
    }

    /** Serves an event already served once again, under the same id (an at-least-once redelivery). */
    public void redeliver(String feed, Map<String, Object> event) {
        List<Map<String, Object>> events = events(feed);
        synchronized (events) {
            Map<String, Object> again = new LinkedHashMap<>(event);
            again.put("cursor", Integer.toString(events.size() + 1));
            events.add(again);
        }
    }

    /** While down, every feed request is answered 503. */
    public void down(boolean down) {
        this.down = down;
    }

    /** The {@code Authorization} header of the last feed request. */
    public String lastAuthorization() {
        return lastAuthorization;
    }

    /** Answers {@code GET /api/events/<feed>}. */
    public void serve(HttpExchange exchange) throws IOException {
        lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (down) {
            respond(exchange, 503, Map.of("title", "Service Unavailable"));
            return;
        }
        List<Map<String, Object>> events = events(exchange.getRequestURI().getPath().substring("/api/events/".length()));
        Map<String, String> query = new LinkedHashMap<>();
        if (exchange.getRequestURI().getRawQuery() != null) {
            for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
                String[] parts = pair.split("=", 2);
                query.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        String afterText = query.getOrDefault("after", "0");
        int after = afterText.isEmpty() ? 0 : Integer.parseInt(afterText);
        int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
        List<Map<String, Object>> page = new ArrayList<>(events.subList(Math.min(after, events.size()),
                Math.min(after + limit, events.size())));
        String next = page.isEmpty() ? Integer.toString(after) : (String) page.get(page.size() - 1).get("cursor");
        respond(exchange, 200, Map.of("events", page, "next", next));
    }

    private List<Map<String, Object>> events(String feed) {
        return feeds.computeIfAbsent(feed, name -> new CopyOnWriteArrayList<>());
    }

    private static void respond(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
