package org.earlyhelp.referral.referral;

import java.util.List;

/** consent-service did not permit the lead agency to receive the referral (deny: 409), or could not answer (503). */
class LeadSharingRefused extends RuntimeException {

    private final transient List<LeadAgency.Answer> refusals;
    private final boolean unavailable;

    LeadSharingRefused(String message, LeadAgency.Verdict verdict) {
        super(message, null, false, false);
        this.refusals = verdict.refusals();
        this.unavailable = verdict.unavailable();
    }

    List<LeadAgency.Answer> refusals() {
        return refusals;
    }

    boolean unavailable() {
        return unavailable;
    }
}
