package org.earlyhelp.referral.alert;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An alert as the hub sees it, with the referrals behind it and the unconfirmed links it rests on, if any. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConcernAlertView(UUID id, UUID personId, String personName, String area,
        @Schema(description = "`open`, `acknowledged`, or `withdrawn` (no longer met once a link it rested on was rejected or unlinked)",
                enumeration = { "open", "acknowledged", "withdrawn" })
        String status,
        Instant raisedAt,
        int referralCount, List<String> agencies, List<LinkedReferral> referrals,
        @Schema(description = """
                Whether the alert rests on strong matches the hub has not yet confirmed (`candidateLinks`): counted before \
                the hub decides, so that the pattern shows at once; it becomes confirmed when the hub confirms them, and is \
                recomputed when it rejects one""")
        boolean unconfirmed,
        @Schema(description = "The strong unconfirmed matches the alert rests on; empty when it rests on confirmed links only")
        List<CandidateLink> candidateLinks,
        String acknowledgedBy, Instant acknowledgedAt, String note,
        Instant withdrawnAt,
        @Schema(description = "Why the alert was withdrawn: which link was rejected or unlinked") String withdrawnReason) {

    public record LinkedReferral(UUID referralId, String referringAgency, Instant submittedAt) {
    }

    /**
     * A strong match not yet decided: the person on {@code referralId} may be the person named on
     * {@code candidateReferralIds}; the hub decides it on {@code /api/referrals/{referralId}/matches/{matchId}}.
     */
    @Schema(description = "A strong match not yet decided that the alert rests on", example = """
            { "matchId": "9b2f0d64-5a53-4f0e-9d7e-3b1c0f6f1a20", "referralId": "c8f2d3e4-1b5a-4c6d-8e7f-9a0b1c2d3e4f",
              "candidateReferralIds": ["b7e1c2d3-0a4f-4b5c-9d6e-7f8a9b0c1d2e"], "score": 0.95 }""")
    public record CandidateLink(UUID matchId, UUID referralId, List<UUID> candidateReferralIds, double score) {
    }
}
