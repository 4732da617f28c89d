package org.earlyhelp.referral.events;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.events.CloudEvent;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Hands consent-service events straight to the consumer, each in its own transaction as the platform's follower does. */
@ApplicationScoped
public class ConsentFeedDelivery {

    private final ConsentEvents consumer;
    private final ObjectMapper json;

    ConsentFeedDelivery(ConsentEvents consumer, ObjectMapper json) {
        this.consumer = consumer;
        this.json = json;
    }

    /** Delivers {@code data} (a {@code ConsentFeed} record) as an event of {@code type} about {@code subject}. */
    public void deliver(String type, UUID subject, Object data) {
        CloudEvent event = new CloudEvent("1.0", UUID.randomUUID().toString(), "/early-help/consent", type, subject.toString(),
                Instant.now(), "application/json", json.valueToTree(data), "1");
        QuarkusTransaction.requiringNew().run(() -> consumer.handle(event));
    }
}
