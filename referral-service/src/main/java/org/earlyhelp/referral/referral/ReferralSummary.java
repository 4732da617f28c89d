package org.earlyhelp.referral.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One line of a referral list: enough to pick it, no concern details. */
public record ReferralSummary(UUID id, ReferralStatus status, String queue, Urgency urgency, boolean immediateRisk, String area,
        String referringAgency, Instant submittedAt, Instant decisionDueBy, boolean overdue, List<String> children) {

    public static ReferralSummary of(Referral referral, Instant now) {
        return new ReferralSummary(referral.id(), referral.status(), referral.queue(), referral.urgency(),
                referral.immediateRisk(), referral.area(), referral.referringAgency(), referral.submittedAt(),
                referral.decisionDueAt(), referral.overdue(now),
                referral.people().stream().filter(ReferralPerson::child).map(ReferralPerson::displayName).toList());
    }
}
