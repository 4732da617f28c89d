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
import org.earlyhelp.platform.events.FeedCredentials;

import io.quarkus.arc.DefaultBean;

/**
 * Asks consent-service through its published client, on behalf of the signed-in caller or as this service's own
 * account. The client fails closed (any failure is a deny with reason {@code consent-service-unavailable}), so an
 * onward referral then waits with nothing shared and an acceptance is refused.
 */
@ApplicationScoped
@DefaultBean
class ConsentServiceSharingGate implements SharingGate {

    private static final Map<String, DataCategory> CATEGORIES = Map.of(
            IDENTITY, DataCategory.IDENTITY, CONTACT, DataCategory.CONTACT, CONCERNS, DataCategory.CONCERNS);
    /** All a lead agency receives about a person on the referral. */
    private static final Set<DataCategory> WHAT_A_LEAD_RECEIVES = Set.of(DataCategory.IDENTITY, DataCategory.CONTACT,
            DataCategory.CONCERNS);
    /** The name the service account's token is asked for under (the platform's one source of it). */
    private static final String ACCOUNT = "onward-consent-recheck";

    private final ConsentClient consent;
    private final FeedCredentials serviceAccount;

    ConsentServiceSharingGate(ConsentClient consent, FeedCredentials serviceAccount) {
        this.consent = consent;
        this.serviceAccount = serviceAccount;
    }

    @Override
    public SharingAnswer ask(UUID personId, String recipientAgency, String category) {
        DataCategory dataCategory = CATEGORIES.get(category);
        if (dataCategory == null) {
            return SharingAnswer.deny("unknown-data-category");
        }
        // consent-service takes the recipient's type from the agency register.
        return answer(consent.decide(new SharingQuestion(personId, recipientAgency, Purpose.ONWARD_REFERRAL, Set.of(dataCategory))));
    }

    @Override
    public SharingAnswer askAsService(UUID personId, String recipientAgency, String category) {
        DataCategory dataCategory = CATEGORIES.get(category);
        if (dataCategory == null) {
            return SharingAnswer.deny("unknown-data-category");
        }
        String token;
        try {
            token = serviceAccount.bearerToken(ACCOUNT);
        } catch (RuntimeException e) {
            token = null; // no token (Keycloak unreachable): the client answers "unavailable", a deny
        }
        return answer(consent.decide(new SharingQuestion(personId, recipientAgency, Purpose.ONWARD_REFERRAL, Set.of(dataCategory)),
                token));
    }

    @Override
    public SharingAnswer askForLead(UUID personId, String leadAgency) {
        return answer(consent.decide(new SharingQuestion(personId, leadAgency, Purpose.EARLY_HELP_ASSESSMENT, WHAT_A_LEAD_RECEIVES)));
    }

    private static SharingAnswer answer(SharingDecision decision) {
        if (decision.unavailable()) {
            return SharingAnswer.noAnswer();
        }
        return new SharingAnswer(decision.permits(), false, decision.reasons(), decision.decisionId());
    }
}
