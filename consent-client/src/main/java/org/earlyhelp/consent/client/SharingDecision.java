package org.earlyhelp.consent.client;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * consent-service's answer. Share only if {@link #permits()}; anything else, including an answer
 * that could not be had, is a deny.
 *
 * @param decisionId      the stored decision (absent when consent-service could not be asked)
 * @param reasons         consent-service's reason codes, or {@value #UNAVAILABLE} when it could not answer
 * @param consentId       the consent a permit rests on (or a deny was forced by), if any
 * @param consentVersion  the version of that consent
 * @param lawfulBasisId   the lawful basis a permit rests on, if any
 * @param lawfulBasisKind e.g. {@code risk-of-significant-harm}
 * @param detail          for an unavailable answer, what went wrong (for logs, not for users)
 */
public record SharingDecision(boolean permits, List<String> reasons, UUID decisionId, UUID consentId, Integer consentVersion,
        UUID lawfulBasisId, String lawfulBasisKind, String detail) {

    /** The reason of every decision this client makes itself because consent-service did not answer. */
    public static final String UNAVAILABLE = "consent-service-unavailable";

    public SharingDecision {
        reasons = List.copyOf(reasons);
    }

    /** Failing closed: no answer is a deny. */
    static SharingDecision unavailable(String detail) {
        return new SharingDecision(false, List.of(UNAVAILABLE), null, null, null, null, null, Objects.requireNonNull(detail));
    }

    public boolean unavailable() {
        return reasons.contains(UNAVAILABLE);
    }
}
