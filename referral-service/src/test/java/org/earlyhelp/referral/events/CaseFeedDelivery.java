package org.earlyhelp.referral.events;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.events.CloudEvent;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Hands case-service events straight to the consumer, each in its own transaction as the platform's follower does. */
@ApplicationScoped
public class CaseFeedDelivery {

    private final CaseEvents consumer;
    private final ObjectMapper json;

    CaseFeedDelivery(CaseEvents consumer, ObjectMapper json) {
        this.consumer = consumer;
        this.json = json;
    }

    /** Delivers {@code data} (a {@code CaseFeed} record) as an event of {@code type} about case {@code caseId}. */
    public void deliver(String type, UUID caseId, Object data) {
        CloudEvent event = new CloudEvent("1.0", UUID.randomUUID().toString(), "/early-help/case", type, caseId.toString(),
                Instant.now(), "application/json", json.valueToTree(data), "1");
        QuarkusTransaction.requiringNew().run(() -> consumer.handle(event));
    }
}
