package org.earlyhelp.consent.participation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.events.CloudEvent;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Tells the participation projection what referral-service and case-service would publish, by
 * handing the real consumers the events they would read from the feeds.
 */
@ApplicationScoped
public class ParticipationFixture {

    private final ReferralEvents referralEvents;
    private final CaseEvents caseEvents;
    private final ObjectMapper json = new ObjectMapper();

    ParticipationFixture(ReferralEvents referralEvents, CaseEvents caseEvents) {
        this.referralEvents = referralEvents;
        this.caseEvents = caseEvents;
    }

    /** {@code agency} referred {@code person}: it takes part from now on. */
    public UUID referralSubmitted(UUID person, String agency) {
        UUID referral = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> referralEvents.handle(event("referral.submitted", Map.of(
                "referralId", referral.toString(), "personIds", List.of(person.toString()), "referringAgency", agency))));
        return referral;
    }

    public void caseMemberAdded(UUID caseId, UUID person, String agency) {
        QuarkusTransaction.requiringNew().run(() -> caseEvents.handle(event("case.member-added", Map.of(
                "caseId", caseId.toString(), "personIds", List.of(person.toString()), "agency", agency))));
    }

    public void caseMemberRemoved(UUID caseId, UUID person, String agency) {
        QuarkusTransaction.requiringNew().run(() -> caseEvents.handle(event("case.member-removed", Map.of(
                "caseId", caseId.toString(), "personIds", List.of(person.toString()), "agency", agency))));
    }

    private CloudEvent event(String type, Map<String, Object> data) {
        return new CloudEvent("1.0", UUID.randomUUID().toString(), "/early-help/test", type, null, Instant.now(),
                "application/json", json.valueToTree(data), "1");
    }
}
