package org.earlyhelp.referral.handover;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.earlyhelp.platform.change.Actor;
import org.earlyhelp.platform.change.IllegalTransition;
import org.earlyhelp.platform.crypto.Sealed;
import org.earlyhelp.referral.referral.Referral;

/**
 * A referral handed over to children's social care's front door (decision 0064), once: by the hub's escalation, or at
 * submission when the referrer flagged immediate risk (the hub's reasons follow when it escalates). The front door
 * acknowledges receipt, then records its outcome; nothing changes after that.
 */
@Entity
@Table(name = "hand_over")
class HandOver {

    /** Why it was handed over: the hub escalated it, or the referrer flagged immediate risk at submission. */
    static final String HUB_ESCALATION = "hub-escalation";
    static final String IMMEDIATE_RISK = "immediate-risk-at-submission";

    @Id
    UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "referral_id")
    Referral referral;
    @Column(name = "front_door_agency")
    String frontDoorAgency;
    String area;
    @Column(name = "immediate_risk")
    boolean immediateRisk;
    @Enumerated(EnumType.STRING)
    HandOverStatus status;
    @Column(name = "handed_over_at")
    Instant handedOverAt;
    @Column(name = "handed_over_by")
    String handedOverBy;
    @Column(name = "handed_over_by_name")
    String handedOverByName;
    @Column(name = "handed_over_by_agency")
    String handedOverByAgency;
    String because;
    @Convert(converter = Sealed.class)
    @Column(name = "hub_reason")
    String hubReason;
    @Column(name = "hub_reason_at")
    Instant hubReasonAt;
    @Column(name = "acknowledged_at")
    Instant acknowledgedAt;
    @Column(name = "acknowledged_by")
    String acknowledgedBy;
    @Enumerated(EnumType.STRING)
    FrontDoorOutcome outcome;
    @Convert(converter = Sealed.class)
    @Column(name = "outcome_note")
    String outcomeNote;
    @Column(name = "outcome_at")
    Instant outcomeAt;
    @Column(name = "outcome_by")
    String outcomeBy;
    @Version
    long version;

    protected HandOver() {
    }

    private HandOver(Referral referral, String frontDoorAgency, String because, Actor by, Instant now) {
        this.id = UUID.randomUUID();
        this.referral = referral;
        this.frontDoorAgency = frontDoorAgency;
        this.area = referral.area();
        this.immediateRisk = referral.immediateRisk();
        this.status = HandOverStatus.HANDED_OVER;
        this.because = because;
        this.handedOverAt = now;
        this.handedOverBy = by.userId();
        this.handedOverByName = by.name();
        this.handedOverByAgency = by.agency();
    }

    /** The hub escalated {@code referral} with {@code reason}. */
    static HandOver escalated(Referral referral, String frontDoorAgency, String reason, Actor by, Instant now) {
        HandOver handOver = new HandOver(referral, frontDoorAgency, HUB_ESCALATION, by, now);
        handOver.hubReason = reason;
        handOver.hubReasonAt = now;
        return handOver;
    }

    /** The referrer ({@code by}) flagged immediate risk on submitting {@code referral}: handed over before the hub looks. */
    static HandOver immediateRisk(Referral referral, String frontDoorAgency, Actor by, Instant now) {
        return new HandOver(referral, frontDoorAgency, IMMEDIATE_RISK, by, now);
    }

    /** The hub escalated a referral handed over already at submission: its reasons join the hand-over. */
    void hubEscalated(String reason, Instant now) {
        hubReason = reason;
        hubReasonAt = now;
    }

    void acknowledge(String by, Instant now) {
        if (status != HandOverStatus.HANDED_OVER) {
            throw new IllegalTransition("This hand-over was acknowledged already (" + acknowledgedAt + ")");
        }
        status = HandOverStatus.ACKNOWLEDGED;
        acknowledgedBy = by;
        acknowledgedAt = now;
    }

    void recordOutcome(FrontDoorOutcome decided, String note, String by, Instant now) {
        if (status == HandOverStatus.HANDED_OVER) {
            throw new IllegalTransition("Acknowledge receipt of this hand-over before recording its outcome");
        }
        if (status == HandOverStatus.OUTCOME_RECORDED) {
            throw new IllegalTransition("This hand-over's outcome was recorded already (" + outcome.value() + ")");
        }
        status = HandOverStatus.OUTCOME_RECORDED;
        outcome = decided;
        outcomeNote = note;
        outcomeBy = by;
        outcomeAt = now;
    }

    boolean returned() {
        return outcome != null && outcome.returnsToEarlyHelp();
    }
}
