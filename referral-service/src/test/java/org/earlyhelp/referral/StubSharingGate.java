package org.earlyhelp.referral;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.referral.consent.SharingGate;

/**
 * Stands in for consent-service (the ConsentClient adapter) in tests: a test permits categories per person and agency;
 * everything else is a deny with no decision, as when no consent or lawful basis is recorded.
 */
@ApplicationScoped
public class StubSharingGate implements SharingGate {

    private static final Map<String, Set<String>> PERMITS = new ConcurrentHashMap<>();

    static void permit(String personId, String agency, String... categories) {
        PERMITS.put(personId + "|" + agency, Set.of(categories));
    }

    @Override
    public SharingAnswer ask(UUID personId, String recipientAgency, String category) {
        Set<String> permitted = PERMITS.getOrDefault(personId + "|" + recipientAgency, Set.of());
        return permitted.contains(category) ? new SharingAnswer(true, List.of("consent-active"), UUID.randomUUID())
                : SharingAnswer.deny("no-consent-or-lawful-basis");
    }
}
