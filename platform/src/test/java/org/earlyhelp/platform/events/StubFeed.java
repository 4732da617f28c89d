package org.earlyhelp.platform.events;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A producer's event feed that a test controls: what it serves (including the same event twice),
 * whether it is up at all, and how many requests it answers with 503 first.
 */
final class StubFeed implements AutoCloseable {

    private final int port;
    private final List<Map<String, Object>> events = new CopyOnWriteArrayList<>();
    private final AtomicInteger unavailableAnswersLeft = new AtomicInteger();
    private final AtomicInteger unavailableAnswersGiven = new AtomicInteger();
    private final ObjectMapper json = new ObjectMapper();
    private volatile String lastAuthorization;
    private HttpServer server;

    private StubFeed(int port) {
        this.port = port;
    }

    /** A feed on a free port that is not listening yet: a producer that is down. */
    static StubFeed down() {
        try (ServerSocket probe = new ServerSocket(0)) {
            return new StubFeed(probe.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StubFeed up() {
        StubFeed feed = down();
        feed.start();
        return feed;
    }

    synchronized void start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/events/stub", this::serve);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + port + "/api/events/stub");
    }

    /** Publishes a new event; returns its id. */
    String publish(String type) {
        return republish(UUID.randomUUID().toString(), type);
    }

    /** Serves an event with an id already served, at the next position: a duplicate delivery. */
    String republish(String id, String type) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", id);
        event.put("source", "/early-help/stub");
        event.put("type", type);
        event.put("time", Instant.now().toString());
        event.put("datacontenttype", "application/json");
        event.put("data", Map.of("n", events.size() + 1));
        event.put("cursor", Integer.toString(events.size() + 1));
        // An extension attribute consumers do not know: they must read past it.
        event.put("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        events.add(event);
        return id;
    }

    List<String> ids() {
        return events.stream().map(event -> (String) event.get("id")).toList();
    }

    void answerUnavailable(int times) {
        unavailableAnswersLeft.set(times);
    }

    int unavailableAnswersGiven() {
        return unavailableAnswersGiven.get();
    }

    String lastAuthorization() {
        return lastAuthorization;
    }

    private void serve(HttpExchange exchange) throws IOException {
        lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (unavailableAnswersLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            unavailableAnswersGiven.incrementAndGet();
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
            return;
        }
        Map<String, String> query = query(exchange.getRequestURI());
        int after = Integer.parseInt(query.getOrDefault("after", "0"));
        int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
        List<Map<String, Object>> page = new ArrayList<>(events.subList(Math.min(after, events.size()),
                Math.min(after + limit, events.size())));
        String next = page.isEmpty() ? Integer.toString(Math.max(after, events.size()))
                : (String) page.get(page.size() - 1).get("cursor");
        byte[] body = json.writeValueAsBytes(Map.of("events", page, "next", next, "producerVersion", "2"));
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] parts = pair.split("=", 2);
                parameters.put(parts[0], parts.length > 1 ? java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
        }
        return parameters;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
        }
    }
}
