package org.earlyhelp.referral;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.referral.consent.SharingGate;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Stands in for consent-service (the ConsentClient adapter) in tests: a test permits categories per person and agency;
 * everything else is a deny with no decision, as when no consent or lawful basis is recorded.
 */
@ApplicationScoped
public class StubSharingGate implements SharingGate {

    private static final Map<String, Set<String>> PERMITS = new ConcurrentHashMap<>();
    private static final AtomicBoolean ASKED_IN_A_TRANSACTION = new AtomicBoolean();
    private static final AtomicReference<Runnable> WHILE_ASKING = new AtomicReference<>();
    private static final AtomicBoolean UNREACHABLE = new AtomicBoolean();
    /** The purpose of a lead agency's question, kept apart from an onward referral's categories. */
    private static final String LEAD = "early-help-assessment";

    static void permit(String personId, String agency, String... categories) {
        PERMITS.put(personId + "|" + agency, Set.of(categories));
    }

    /** The family's consent (or a lawful basis) lets {@code agency} lead the case: it may receive all about these people. */
    public static void permitLead(String agency, java.util.Collection<String> personIds) {
        personIds.forEach(person -> PERMITS.put(person + "|" + agency + "|" + LEAD, Set.of(LEAD)));
    }

    /** consent-service cannot be reached (true) or is back (false). */
    static void unreachable(boolean unreachable) {
        UNREACHABLE.set(unreachable);
    }

    /** Runs {@code meanwhile} once, during the next question, as something happening while consent-service thinks. */
    static void whileAsking(Runnable meanwhile) {
        WHILE_ASKING.set(meanwhile);
    }

    /** Whether a question was asked with a database transaction open since the last call (which resets it). */
    static boolean askedInATransaction() {
        return ASKED_IN_A_TRANSACTION.getAndSet(false);
    }

    @Override
    public SharingAnswer ask(UUID personId, String recipientAgency, String category) {
        return answer(personId + "|" + recipientAgency, category);
    }

    @Override
    public SharingAnswer askAsService(UUID personId, String recipientAgency, String category) {
        return answer(personId + "|" + recipientAgency, category);
    }

    @Override
    public SharingAnswer askForLead(UUID personId, String leadAgency) {
        return answer(personId + "|" + leadAgency + "|" + LEAD, LEAD);
    }

    private SharingAnswer answer(String key, String category) {
        if (QuarkusTransaction.isActive()) {
            ASKED_IN_A_TRANSACTION.set(true);
        }
        Runnable meanwhile = WHILE_ASKING.getAndSet(null);
        if (meanwhile != null) {
            meanwhile.run();
        }
        if (UNREACHABLE.get()) {
            return SharingAnswer.noAnswer();
        }
        Set<String> permitted = PERMITS.getOrDefault(key, Set.of());
        return permitted.contains(category) ? SharingAnswer.permit(List.of("consent-active"), UUID.randomUUID())
                : SharingAnswer.deny("no-consent-or-lawful-basis");
    }
}
