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
 * urgent, when the 1-working-day decision is due and whether that has passed, and how far the family is already
 * known to services; one awaiting the referrer's answer shows the answer's due date and whether it has passed.
 */
public record QueueItem(UUID id, String queue, boolean flaggedUrgent, Urgency urgency, ReferralStatus status, String area,
        String referringAgency, Instant submittedAt, Instant decisionDueBy, boolean overdue, List<String> children,
        KnownToServices knownToServices,
        @Schema(description = "While awaiting information: the date the referrer's answer is due")
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate informationDueBy,
        @Schema(description = "true while awaiting an answer past its due date") boolean informationOverdue) {
}
