package org.earlyhelp.referral.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line of a referral list: enough to pick it, no concern details. {@code knownToServices} only for a hub screener
 * of the referral's area (who may see the matches behind it); absent for everyone else.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferralSummary(UUID id, ReferralStatus status, String queue, Urgency urgency, boolean immediateRisk, String area,
        String referringAgency, Instant submittedAt, Instant decisionDueBy, boolean overdue, List<String> children,
        KnownToServices knownToServices,
        @Schema(description = "true while processing of a person on the referral is restricted (UK GDPR Art. 18)") boolean restricted) {

    public static ReferralSummary of(Referral referral, Instant now, KnownToServices knownToServices, boolean restricted) {
        return new ReferralSummary(referral.id(), referral.status(), referral.queue(), referral.urgency(),
                referral.immediateRisk(), referral.area(), referral.referringAgency(), referral.submittedAt(),
                referral.decisionDueAt(), referral.overdue(now),
                referral.people().stream().filter(ReferralPerson::child).map(ReferralPerson::displayName).toList(),
                knownToServices, restricted);
    }
}
