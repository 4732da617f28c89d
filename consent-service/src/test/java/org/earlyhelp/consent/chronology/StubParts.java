package org.earlyhelp.consent.chronology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for referral- and case-service giving their parts of a person's story
 * ({@code GET /api/chronology/<context>/people/{personId}?purpose=}) over real HTTP, with the entries a test tells each to
 * hold; a context a test takes down answers 503. Each service's own part is tested against its own database there; here
 * the stub keeps the token and the purpose it was asked with.
 */
public class StubParts implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, List<Map<String, Object>>> ENTRIES = new ConcurrentHashMap<>();
    private static final Set<String> DOWN = ConcurrentHashMap.newKeySet();
    private static final Map<String, String> ASKED = new ConcurrentHashMap<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/chronology/", StubParts::serve);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("earlyhelp.chronology.contexts.referral", base, "earlyhelp.chronology.contexts.case", base,
                "earlyhelp.chronology.timeout", "3s");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** {@code context}'s part of the story of {@code person}: these entries (each as the platform's {@code ChronologyEntry}). */
    static void holds(String context, Object person, List<Map<String, Object>> entries) {
        ENTRIES.put(context + "/" + person, entries);
    }

    static void down(String context) {
        DOWN.add(context);
    }

    static void up(String context) {
        DOWN.remove(context);
    }

    /** The Authorization header and query the last request to {@code context} carried. */
    static String lastAsked(String context) {
        return ASKED.get(context);
    }

    private static void serve(HttpExchange exchange) throws IOException {
        String[] parts = exchange.getRequestURI().getPath().split("/");
        String context = parts[3];
        String person = parts[parts.length - 1];
        ASKED.put(context, exchange.getRequestHeaders().getFirst("Authorization") + " " + exchange.getRequestURI().getRawQuery());
        if (DOWN.contains(context)) {
            send(exchange, 503, Map.of("status", 503));
            return;
        }
        send(exchange, 200, Map.of("context", context, "personId", person,
                "entries", ENTRIES.getOrDefault(context + "/" + person, List.of())));
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
