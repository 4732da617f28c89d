package org.earlyhelp.referral.referral;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line of a referral's history: who (user and agency), when, what, and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ReferralHistoryEntry")
public record HistoryView(Instant at, String by, String agency, String action, ReferralStatus from, ReferralStatus to,
        String reason, String detail) {

    static HistoryView of(HistoryEntry entry) {
        return new HistoryView(entry.at(), entry.actorName(), entry.actorAgency(), entry.action(), entry.fromStatus(),
                entry.toStatus(), entry.reason(), entry.detail());
    }
}
