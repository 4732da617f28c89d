package org.earlyhelp.referral.alert;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An alert as the hub sees it, with the referrals behind it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConcernAlertView(UUID id, UUID personId, String personName, String area, String status, Instant raisedAt,
        int referralCount, List<String> agencies, List<LinkedReferral> referrals, String acknowledgedBy, Instant acknowledgedAt,
        String note) {

    public record LinkedReferral(UUID referralId, String referringAgency, Instant submittedAt) {
    }
}
