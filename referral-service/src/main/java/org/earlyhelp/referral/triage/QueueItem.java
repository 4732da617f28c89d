package org.earlyhelp.referral.triage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.referral.referral.KnownToServices;
import org.earlyhelp.referral.referral.ReferralStatus;
import org.earlyhelp.referral.referral.Urgency;

/**
 * A referral waiting for the hub: which queue it is in (escalation for immediate risk), how
 * urgent, when the 1-working-day decision is due and whether that has passed, and how far the family is already
 * known to services.
 */
public record QueueItem(UUID id, String queue, boolean flaggedUrgent, Urgency urgency, ReferralStatus status, String area,
        String referringAgency, Instant submittedAt, Instant decisionDueBy, boolean overdue, List<String> children,
        KnownToServices knownToServices) {
}
