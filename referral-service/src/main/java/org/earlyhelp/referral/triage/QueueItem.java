package org.earlyhelp.referral.triage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.referral.referral.KnownToServices;
import org.earlyhelp.referral.referral.ReferralStatus;
import org.earlyhelp.referral.referral.Urgency;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A referral waiting for the hub: which queue it is in (escalation for immediate risk), how
 * urgent, when the 1-working-day decision is due and whether that has passed, how far the family is already
 * known to services, whether children's social care returned it to early help (and what it said), and for one awaiting
 * the referrer's answer the answer's due date and whether it has passed.
 */
public record QueueItem(UUID id, String queue, boolean flaggedUrgent, Urgency urgency, ReferralStatus status, String area,
        String referringAgency, Instant submittedAt, Instant decisionDueBy, boolean overdue, List<String> children,
        KnownToServices knownToServices,
        @Schema(description = "While awaiting information: the date the referrer's answer is due")
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate informationDueBy,
        @Schema(description = "true while awaiting an answer past its due date") boolean informationOverdue,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Present when children's social care's front door returned the referral to early help")
        ReturnedToEarlyHelp returnedToEarlyHelp) {

    /** The front door's outcome ({@code no-further-action-returned-to-early-help}), when, and its note to the hub. */
    public record ReturnedToEarlyHelp(String outcome, Instant at, String note) {
    }
}
