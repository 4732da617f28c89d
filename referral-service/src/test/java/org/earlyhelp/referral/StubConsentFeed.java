package org.earlyhelp.referral;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;

import org.earlyhelp.platform.test.StubEventFeeds;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * consent-service's event feed ({@code GET /api/events/consent}) over real HTTP, served as the platform's feed serves
 * it, with the events a test publishes: referral-service's consumer follows it through the platform's follower.
 */
public class StubConsentFeed implements QuarkusTestResourceLifecycleManager {

    private static final StubEventFeeds FEEDS = new StubEventFeeds();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/events/", FEEDS::serve);
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
    static Map<String, Object> publish(String type, String subject, Map<String, Object> data) {
        return FEEDS.publish("consent", type, subject, data);
    }

    /** Serves an event already served once again, under the same id (an at-least-once redelivery). */
    static void redeliver(Map<String, Object> event) {
        FEEDS.redeliver("consent", event);
    }
}
