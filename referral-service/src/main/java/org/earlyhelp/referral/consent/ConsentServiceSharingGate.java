package org.earlyhelp.referral.consent;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.consent.client.ConsentClient;
import org.earlyhelp.consent.client.DataCategory;
import org.earlyhelp.consent.client.Purpose;
import org.earlyhelp.consent.client.SharingDecision;
import org.earlyhelp.consent.client.SharingQuestion;

import io.quarkus.arc.DefaultBean;

/**
 * Asks consent-service through its published client, on behalf of the signed-in caller. The
 * client fails closed (any failure is a deny with reason {@code consent-service-unavailable}),
 * so an onward referral then waits with nothing shared.
 */
@ApplicationScoped
@DefaultBean
class ConsentServiceSharingGate implements SharingGate {

    private static final Map<String, DataCategory> CATEGORIES = Map.of(
            IDENTITY, DataCategory.IDENTITY, CONTACT, DataCategory.CONTACT, CONCERNS, DataCategory.CONCERNS);

    private final ConsentClient consent;

    ConsentServiceSharingGate(ConsentClient consent) {
        this.consent = consent;
    }

    @Override
    public SharingAnswer ask(UUID personId, String recipientAgency, String category) {
        DataCategory dataCategory = CATEGORIES.get(category);
        if (dataCategory == null) {
            return SharingAnswer.deny("unknown-data-category");
        }
        // consent-service takes the recipient's type from the agency register.
        SharingDecision decision = consent.decide(
                new SharingQuestion(personId, recipientAgency, Purpose.ONWARD_REFERRAL, Set.of(dataCategory)));
        return new SharingAnswer(decision.permits(), decision.reasons(), decision.decisionId());
    }
}
