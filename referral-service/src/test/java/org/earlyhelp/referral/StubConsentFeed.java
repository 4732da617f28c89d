package org.earlyhelp.referral;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * consent-service's event feed ({@code GET /api/events/consent}) over real HTTP, served as the platform's feed serves
 * it, with the events a test publishes: referral-service's consumer follows it through the platform's follower.
 */
public class StubConsentFeed implements QuarkusTestResourceLifecycleManager {

    private static final List<Map<String, Object>> EVENTS = new CopyOnWriteArrayList<>();
    private static final ObjectMapper JSON = new ObjectMapper();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/events/consent", StubConsentFeed::serve);
        server.start();
        return Map.of("earlyhelp.consumers.consent-events.feed-url",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/api/events/consent");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Publishes an event of {@code type} about {@code subject}; returns it as served. */
    static synchronized Map<String, Object> publish(String type, String subject, Map<String, Object> data) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", UUID.randomUUID().toString());
        event.put("source", "/early-help/consent");
        event.put("type", type);
        event.put("subject", subject);
        event.put("time", Instant.now().toString());
        event.put("datacontenttype", "application/json");
        event.put("data", data);
        event.put("cursor", Integer.toString(EVENTS.size() + 1));
        EVENTS.add(event);
        return event;
    }

    /** Serves an event already served once again, under the same id (an at-least-once redelivery). */
    static synchronized void redeliver(Map<String, Object> event) {
        Map<String, Object> again = new LinkedHashMap<>(event);
        again.put("cursor", Integer.toString(EVENTS.size() + 1));
        EVENTS.add(again);
    }

    private static void serve(HttpExchange exchange) throws IOException {
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
        List<Map<String, Object>> page = new ArrayList<>(EVENTS.subList(Math.min(after, EVENTS.size()),
                Math.min(after + limit, EVENTS.size())));
        String next = page.isEmpty() ? Integer.toString(after) : (String) page.get(page.size() - 1).get("cursor");
        byte[] bytes = JSON.writeValueAsBytes(Map.of("events", page, "next", next));
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
