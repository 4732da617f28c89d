package org.earlyhelp.referral.handover;

import java.time.Instant;
import java.util.UUID;

import org.earlyhelp.referral.referral.ReferralView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A hand-over as the front door sees it: why and by whom it was handed over, the hub's reasons, the referral, its steps. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HandOverView(UUID id, UUID referralId, String frontDoorAgency, String area, boolean immediateRisk,
        HandOverStatus status,
        @Schema(description = "`hub-escalation`, or `immediate-risk-at-submission` (handed over as it was submitted; the hub's "
                + "reasons follow when it escalates)") String because,
        Instant handedOverAt,
        @Schema(description = "Who decided the hand-over: the hub's screener, or the referrer who flagged immediate risk")
        String handedOverBy,
        String handedOverByAgency,
        @Schema(description = "The hub's reasons for escalating; absent until the hub has escalated") String hubReason,
        Instant hubReasonAt, Instant acknowledgedAt, String acknowledgedBy, FrontDoorOutcome outcome, String outcomeNote,
        Instant outcomeAt, String outcomeBy, long version,
        @Schema(description = "The referral as it stands: what was referred, its people (with person ids) and concerns")
        ReferralView referral) {

    static HandOverView of(HandOver handOver, ReferralView referral) {
        return new HandOverView(handOver.id, handOver.referral.id(), handOver.frontDoorAgency, handOver.area,
                handOver.immediateRisk, handOver.status, handOver.because, handOver.handedOverAt, handOver.handedOverByName,
                handOver.handedOverByAgency, handOver.hubReason, handOver.hubReasonAt, handOver.acknowledgedAt,
                handOver.acknowledgedBy, handOver.outcome, handOver.outcomeNote, handOver.outcomeAt, handOver.outcomeBy,
                handOver.version, referral);
    }
}
