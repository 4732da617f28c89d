package org.earlyhelp.referral.referral;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A line of a referral's history: who (user and agency), when, what, and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferralHistoryView(Instant at, String by, String agency, String action, ReferralStatus from, ReferralStatus to,
        String reason, String detail) {

    static ReferralHistoryView of(HistoryEntry entry) {
        return new ReferralHistoryView(entry.at(), entry.actorName(), entry.actorAgency(), entry.action(), entry.fromStatus(),
                entry.toStatus(), entry.reason(), entry.detail());
    }
}
