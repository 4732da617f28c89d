package org.earlyhelp.referral.referral;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.earlyhelp.platform.change.Actor;
import org.earlyhelp.platform.change.HistoryLine;

/** One line of a referral's history: who did what, when, from which state to which, and why. Never changed. */
@Entity
@Table(name = "referral_history")
public class HistoryEntry extends HistoryLine {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "referral_id")
    Referral referral;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    ReferralStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    ReferralStatus toStatus;

    protected HistoryEntry() {
    }

    HistoryEntry(Referral referral, Instant at, Actor actor, String action, ReferralStatus from, ReferralStatus to,
            String reason, String detail) {
        super(at, actor, action, reason, detail);
        this.referral = referral;
        this.fromStatus = from;
        this.toStatus = to;
    }

    public ReferralStatus fromStatus() { return fromStatus; }
    public ReferralStatus toStatus() { return toStatus; }
}
