package org.earlyhelp.consent.participation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
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
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for referral-service's and case-service's event feeds until those services exist:
 * serves {@code /api/events/referral} and {@code /api/events/case} exactly as the platform's
 * feed does (CloudEvents, {@code after}/{@code limit}, {@code next}), with events a test publishes.
 */
public class StubFeeds implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, List<Map<String, Object>>> FEEDS = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile String lastAuthorization;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/events/", StubFeeds::serve);
        server.start();
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        return Map.of(
                "earlyhelp.consumers.referral-events.feed-url", base + "/api/events/referral",
                "earlyhelp.consumers.case-events.feed-url", base + "/api/events/case",
                // Consumers poll only when a test starts them.
                "earlyhelp.consumers.enabled", "false");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Publishes an event on the named feed ({@code referral} or {@code case}). */
    public static void publish(String feed, String type, Map<String, Object> data) {
        List<Map<String, Object>> events = FEEDS.computeIfAbsent(feed, name -> new CopyOnWriteArrayList<>());
        synchronized (events) {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("specversion", "1.0");
            event.put("id", UUID.randomUUID().toString());
            event.put("source", "/early-help/" + feed);
            event.put("type", type);
            event.put("time", Instant.now().toString());
            event.put("datacontenttype", "application/json");
            event.put("data", data);
            event.put("cursor", Integer.toString(events.size() + 1));
            events.add(event);
        }
    }

    static String lastAuthorization() {
        return lastAuthorization;
    }

    private static void serve(HttpExchange exchange) throws IOException {
        lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
        String feed = exchange.getRequestURI().getPath().substring("/api/events/".length());
        List<Map<String, Object>> events = FEEDS.getOrDefault(feed, List.of());
        Map<String, String> query = new LinkedHashMap<>();
        if (exchange.getRequestURI().getRawQuery() != null) {
            for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
                String[] parts = pair.split("=", 2);
                query.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        int after = Integer.parseInt(query.getOrDefault("after", "0").isEmpty() ? "0" : query.getOrDefault("after", "0"));
        int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
        List<Map<String, Object>> page = new ArrayList<>(events.subList(Math.min(after, events.size()),
                Math.min(after + limit, events.size())));
        String next = page.isEmpty() ? Integer.toString(after) : (String) page.get(page.size() - 1).get("cursor");
        byte[] body = JSON.writeValueAsBytes(Map.of("events", page, "next", next));
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
