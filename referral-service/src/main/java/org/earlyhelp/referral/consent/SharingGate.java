package org.earlyhelp.referral.consent;

import java.util.List;
import java.util.UUID;

/**
 * May an agency receive data about a person? The port referral-service asks before it shares anything: for an onward
 * referral (one data category at a time), and before a lead agency receives a referral it is to lead. Implementations
 * fail closed: no answer is a deny, marked {@link SharingAnswer#unavailable()}.
 */
public interface SharingGate {

    /** Data categories an onward referral may carry (consent-service's names). */
    String IDENTITY = "identity";
    String CONTACT = "contact";
    String CONCERNS = "concerns";

    /** For an onward referral, asked on behalf of the signed-in caller. */
    SharingAnswer ask(UUID personId, String recipientAgency, String category);

    /** For an onward referral, asked as this service: work no user started (a consent changed on consent-service's feed). */
    SharingAnswer askAsService(UUID personId, String recipientAgency, String category);

    /**
     * May {@code leadAgency} receive everything the referral says about the person (identity, contact, concerns) for an
     * early help assessment? Asked on behalf of the signed-in caller, the hub accepting the referral.
     */
    SharingAnswer askForLead(UUID personId, String leadAgency);

    /** consent-service's answer: its reason codes, and the stored decision when it answered. */
    record SharingAnswer(boolean permits, boolean unavailable, List<String> reasons, UUID decisionId) {

        public SharingAnswer {
            reasons = List.copyOf(reasons);
        }

        public static SharingAnswer permit(List<String> reasons, UUID decisionId) {
            return new SharingAnswer(true, false, reasons, decisionId);
        }

        public static SharingAnswer deny(String reason) {
            return new SharingAnswer(false, false, List.of(reason), null);
        }

        /** consent-service could not be asked or gave no usable answer. */
        public static SharingAnswer noAnswer() {
            return new SharingAnswer(false, true, List.of(UNAVAILABLE), null);
        }
    }

    /** The reason of an answer consent-service did not give (consent-client's code for it). */
    String UNAVAILABLE = "consent-service-unavailable";
}
