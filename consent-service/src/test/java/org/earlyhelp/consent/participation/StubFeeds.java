package org.earlyhelp.consent.participation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;

import org.earlyhelp.platform.test.StubEventFeeds;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for referral-service's and case-service's event feeds until those services exist:
 * serves {@code /api/events/referral} and {@code /api/events/case} exactly as the platform's
 * feed does (CloudEvents, {@code after}/{@code limit}, {@code next}), with events a test publishes.
 */
public class StubFeeds implements QuarkusTestResourceLifecycleManager {

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
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        return Map.of(
                "earlyhelp.consumers.referral-events.feed-url", base + "/api/events/referral",
                "earlyhelp.consumers.case-events.feed-url", base + "/api/events/case",
                "earlyhelp.consumers.case-membership.feed-url", base + "/api/events/case",
                // Consumers poll only when a test starts them.
                "earlyhelp.consumers.enabled", "false");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Publishes an event on the named feed ({@code referral} or {@code case}); returns it as served. */
    public static Map<String, Object> publish(String feed, String type, Map<String, Object> data) {
        return FEEDS.publish(feed, type, null, data);
    }

    /** Serves an event already served once again, under the same id (an at-least-once redelivery). */
    public static void redeliver(String feed, Map<String, Object> event) {
        FEEDS.redeliver(feed, event);
    }

    static String lastAuthorization() {
        return FEEDS.lastAuthorization();
    }
}
