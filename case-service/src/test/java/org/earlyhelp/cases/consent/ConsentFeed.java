package org.earlyhelp.cases.consent;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.events.CloudEvent;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Hands consent-service events straight to the consumer, each in its own transaction as the platform's follower does,
 * for tests of what case-service does on them rather than of the feed.
 */
@ApplicationScoped
public class ConsentFeed {

    private final ConsentEvents consumer;
    private final ObjectMapper json = new ObjectMapper();

    ConsentFeed(ConsentEvents consumer) {
        this.consumer = consumer;
    }

    /** Delivers an event of {@code type} about {@code subject}. */
    public void deliver(String type, UUID subject, Map<String, Object> data) {
        CloudEvent event = new CloudEvent("1.0", UUID.randomUUID().toString(), "/early-help/consent", type, subject.toString(),
                Instant.now(), "application/json", json.valueToTree(data), "1");
        QuarkusTransaction.requiringNew().run(() -> consumer.handle(event));
    }
}
