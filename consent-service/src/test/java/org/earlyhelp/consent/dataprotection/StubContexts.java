package org.earlyhelp.consent.dataprotection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for referral-, case- and directory-service answering a data protection officer
 * ({@code GET /api/data-protection/<context>/people/{personId}}, {@code .../erasure}, and referral-service's
 * {@code GET /api/data-protection/referral/person-lookup?givenName=&familyName=&dateOfBirth=}) over real HTTP, with what a
 * test tells each to hold; a context a test takes down answers 503. An unknown person holds nothing anywhere.
 */
public class StubContexts implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Object> ANSWERS = new ConcurrentHashMap<>();
    private static final Set<String> DOWN = ConcurrentHashMap.newKeySet();
    private static final Map<String, String> AUTHORIZATIONS = new ConcurrentHashMap<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/data-protection/", StubContexts::serve);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of(
                "earlyhelp.data-protection.contexts.referral", base,
                "earlyhelp.data-protection.contexts.case", base,
                "earlyhelp.data-protection.contexts.directory", base,
                "earlyhelp.data-protection.timeout", "3s");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** {@code context} holds these records about {@code person} (each as the platform's {@code HeldRecord}), and this access log. */
    public static void holds(String context, UUID person, List<Map<String, Object>> records, List<Map<String, Object>> accessLog) {
        ANSWERS.put("/api/data-protection/" + context + "/people/" + person,
                Map.of("context", context, "personId", person.toString(), "records", records, "accessLog", accessLog));
    }

    /** Erasing {@code person} would erase these records in {@code context}. */
    public static void wouldErase(String context, UUID person, List<Map<String, Object>> records) {
        ANSWERS.put("/api/data-protection/" + context + "/people/" + person + "/erasure", records);
    }

    /** referral-service's matching index knows these people by {@code familyName}. */
    public static void candidates(String familyName, List<Map<String, Object>> candidates) {
        ANSWERS.put("candidates:" + familyName, Map.of("candidates", candidates));
    }

    public static void down(String context) {
        DOWN.add(context);
    }

    public static void up(String context) {
        DOWN.remove(context);
    }

    /** The Authorization header the last request to {@code context} carried. */
    public static String lastAuthorization(String context) {
        return AUTHORIZATIONS.get(context);
    }

    private static void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String[] parts = path.split("/");
        String context = parts.length > 3 ? parts[3] : "";
        AUTHORIZATIONS.put(context, String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        if (DOWN.contains(context)) {
            send(exchange, 503, Map.of("status", 503));
            return;
        }
        Object answer;
        if (path.equals("/api/data-protection/referral/person-lookup")) {
            String query = exchange.getRequestURI().getQuery();
            String familyName = query == null ? "" : java.util.Arrays.stream(query.split("&")).filter(p -> p.startsWith("familyName="))
                    .map(p -> java.net.URLDecoder.decode(p.substring("familyName=".length()), StandardCharsets.UTF_8)).findFirst().orElse("");
            answer = ANSWERS.getOrDefault("candidates:" + familyName, Map.of("candidates", List.of()));
        } else if (path.endsWith("/erasure")) {
            answer = ANSWERS.getOrDefault(path, List.of());
        } else {
            answer = ANSWERS.getOrDefault(path, Map.of("context", context, "personId", parts[parts.length - 1], "records", List.of(),
                    "accessLog", List.of()));
        }
        send(exchange, 200, answer);
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
