package org.earlyhelp.cases;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.earlyhelp.platform.test.StubEventFeeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for the services case-service talks to, over real HTTP: referral-service's and
 * consent-service's event feeds ({@code /api/events/referral}, {@code /api/events/consent}, served
 * as the platform's feed serves them) and consent-service's sharing decisions
 * ({@code POST /api/sharing-decisions}, answered as a test tells it to). The real consent client
 * (timeout, retry, breaker, failing closed) calls it.
 */
public class StubNeighbours implements QuarkusTestResourceLifecycleManager {

    /** How the stub consent-service answers for one person and recipient agency. */
    public enum Answer { PERMIT, DENY, DOWN }

    private static final StubEventFeeds FEEDS = new StubEventFeeds();
    private static final Map<String, Answer> ANSWERS = new ConcurrentHashMap<>();
    private static final Map<String, UUID> CONSENTS = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> CATEGORIES = new ConcurrentHashMap<>();
    private static final List<Question> QUESTIONS = new CopyOnWriteArrayList<>();
    private static final ObjectMapper JSON = new ObjectMapper();
    private HttpServer server;

    /** A sharing question as consent-service received it, with the token it was asked with. */
    public record Question(UUID personId, String agency, String agencyType, String purpose, Set<String> dataCategories,
            String authorization) {
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/events/", FEEDS::serve);
        server.createContext("/api/sharing-decisions", StubNeighbours::decide);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of(
                "earlyhelp.consumers.referral-events.feed-url", base + "/api/events/referral",
                "earlyhelp.consumers.consent-events.feed-url", base + "/api/events/consent",
                "quarkus.rest-client.consent-service.url", base);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Publishes an event on the named feed ({@code referral} or {@code consent}) about its data's first value; returns it. */
    public static Map<String, Object> publish(String feed, String type, Map<String, Object> data) {
        return FEEDS.publish(feed, type, data.values().iterator().next().toString(), data);
    }

    /** Serves an event already served once again, under the same id (an at-least-once redelivery). */
    public static void redeliver(String feed, Map<String, Object> event) {
        FEEDS.redeliver(feed, event);
    }

    /** While down, every feed request is answered 503. */
    public static void feedsDown(boolean down) {
        FEEDS.down(down);
    }

    public static void answer(UUID personId, String agency, Answer answer) {
        ANSWERS.put(personId + "|" + agency, answer);
        CATEGORIES.remove(personId + "|" + agency);
    }

    /** Permits {@code agency} for {@code personId} on the strength of {@code consentId}, whatever data categories it is asked for. */
    public static void permit(UUID personId, String agency, UUID consentId) {
        answer(personId, agency, Answer.PERMIT);
        CONSENTS.put(personId + "|" + agency, consentId);
    }

    /**
     * Permits {@code agency} for {@code personId} on the strength of {@code consentId} a share of identity, contact and
     * {@code categories} only, as consent-service does: a question asking for anything more is denied.
     */
    public static void permitOnly(UUID personId, String agency, UUID consentId, String... categories) {
        permit(personId, agency, consentId);
        Set<String> covered = new HashSet<>(List.of(categories));
        covered.addAll(List.of("identity", "contact"));
        CATEGORIES.put(personId + "|" + agency, covered);
    }

    public static List<Question> questionsAbout(UUID personId) {
        return QUESTIONS.stream().filter(question -> question.personId().equals(personId)).toList();
    }

    private static void decide(HttpExchange exchange) throws IOException {
        JsonNode question = JSON.readTree(exchange.getRequestBody());
        UUID person = UUID.fromString(question.path("personId").asText());
        String agency = question.path("recipient").path("agency").asText();
        Set<String> asked = new HashSet<>();
        question.path("dataCategories").forEach(category -> asked.add(category.asText()));
        QUESTIONS.add(new Question(person, agency, question.path("recipient").path("agencyType").asText(),
                question.path("purpose").asText(), asked, exchange.getRequestHeaders().getFirst("Authorization")));
        Answer answer = ANSWERS.getOrDefault(person + "|" + agency, Answer.DENY);
        Set<String> covered = CATEGORIES.get(person + "|" + agency);
        if (answer == Answer.PERMIT && covered != null && !covered.containsAll(asked)) {
            respond(exchange, 201, Map.of("id", UUID.randomUUID().toString(), "outcome", "deny",
                    "reasons", List.of("categories-not-covered")));
            return;
        }
        switch (answer) {
            case DOWN -> respond(exchange, 503, Map.of("title", "Service Unavailable"));
            case PERMIT -> respond(exchange, 201, Map.of("id", UUID.randomUUID().toString(), "outcome", "permit",
                    "reasons", List.of("consent-permits"), "basis", Map.of("consentId",
                            CONSENTS.getOrDefault(person + "|" + agency, UUID.randomUUID()).toString(), "consentVersion", 1)));
            case DENY -> respond(exchange, 201, Map.of("id", UUID.randomUUID().toString(), "outcome", "deny",
                    "reasons", List.of("no-consent-or-lawful-basis")));
        }
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
