package org.earlyhelp.referral.referral;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One line of a referral's history: who did what, when, from which state to which, and why. Never changed. */
@Entity
@Table(name = "referral_history")
public class HistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "referral_id")
    Referral referral;

    Instant at;
    @Column(name = "actor_user")
    String actorUser;
    @Column(name = "actor_name")
    String actorName;
    @Column(name = "actor_agency")
    String actorAgency;
    String action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    ReferralStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    ReferralStatus toStatus;
    String reason;
    String detail;

    protected HistoryEntry() {
    }

    HistoryEntry(Referral referral, Instant at, Actor actor, String action, ReferralStatus from, ReferralStatus to,
            String reason, String detail) {
        this.referral = referral;
        this.at = at;
        this.actorUser = actor.userId();
        this.actorName = actor.name();
        this.actorAgency = actor.agency();
        this.action = action;
        this.fromStatus = from;
        this.toStatus = to;
        this.reason = reason;
        this.detail = detail;
    }

    public Instant at() { return at; }
    public String actorUser() { return actorUser; }
    public String actorName() { return actorName; }
    public String actorAgency() { return actorAgency; }
    public String action() { return action; }
    public ReferralStatus fromStatus() { return fromStatus; }
    public ReferralStatus toStatus() { return toStatus; }
    public String reason() { return reason; }
    public String detail() { return detail; }
}
