package org.earlyhelp.cases.opening;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.cases.Families;
import org.earlyhelp.cases.casefile.CaseRepository;
import org.earlyhelp.platform.events.CloudEvent;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Hands referral-service events straight to the consumer, each in its own transaction as the
 * platform's follower does, for tests that need a case rather than the feed.
 */
@ApplicationScoped
public class ReferralFeed {

    private final ReferralEvents consumer;
    private final CaseRepository cases;
    private final ObjectMapper json = new ObjectMapper();

    ReferralFeed(ReferralEvents consumer, CaseRepository cases) {
        this.consumer = consumer;
        this.cases = cases;
    }

    /** Delivers {@code referral.accepted} for the family and returns the id of the case it is on. */
    public String accept(Families.Accepted family) {
        deliver("referral.accepted", family.data());
        return caseOf(family.referralId);
    }

    /** The id of the case the referral is on. */
    public String caseOf(UUID referralId) {
        return QuarkusTransaction.requiringNew().call(() -> cases.withReferral(referralId).orElseThrow().id().toString());
    }

    public void deliver(String type, Map<String, Object> data) {
        CloudEvent event = new CloudEvent("1.0", UUID.randomUUID().toString(), "/early-help/referral", type,
                String.valueOf(data.get("referralId")), Instant.now(), "application/json", json.valueToTree(data), "1");
        QuarkusTransaction.requiringNew().run(() -> consumer.handle(event));
    }
}
