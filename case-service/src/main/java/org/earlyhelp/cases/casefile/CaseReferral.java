package org.earlyhelp.cases.casefile;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A referral the case was opened from. The referral id is the key: a referral is on one case at most. */
@Entity
@Table(name = "case_referral")
public class CaseReferral {

    @Id
    @Column(name = "referral_id")
    UUID referralId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    Case parent;
    @Column(name = "linked_at")
    Instant linkedAt;

    protected CaseReferral() {
    }

    CaseReferral(Case parent, UUID referralId, Instant linkedAt) {
        this.parent = parent;
        this.referralId = referralId;
        this.linkedAt = linkedAt;
    }

    public UUID referralId() { return referralId; }
    public Instant linkedAt() { return linkedAt; }
}
