package org.earlyhelp.referral.consent;

import java.util.UUID;

/**
 * May {@code recipientAgency} receive {@code category} data about {@code personId} for an onward
 * referral? The port the onward-referral feature asks before it shares anything. Implementations
 * fail closed: no answer is a deny.
 */
public interface SharingGate {

    /** Data categories an onward referral may carry (consent-service's names). */
    String IDENTITY = "identity";
    String CONTACT = "contact";
    String CONCERNS = "concerns";

    SharingAnswer ask(UUID personId, String recipientAgency, String category);

    record SharingAnswer(boolean permits, java.util.List<String> reasons, UUID decisionId) {

        public static SharingAnswer deny(String reason) {
            return new SharingAnswer(false, java.util.List.of(reason), null);
        }
    }
}
