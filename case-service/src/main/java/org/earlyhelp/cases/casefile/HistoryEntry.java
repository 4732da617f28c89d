package org.earlyhelp.cases.casefile;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One line of a case's history: who did what, when and why. Never changed. */
@Entity
@Table(name = "case_history")
public class HistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    Case parent;
    Instant at;
    @Column(name = "actor_user")
    String actorUser;
    @Column(name = "actor_name")
    String actorName;
    @Column(name = "actor_agency")
    String actorAgency;
    String action;
    String reason;
    String detail;

    protected HistoryEntry() {
    }

    HistoryEntry(Case parent, Instant at, Actor actor, String action, String reason, String detail) {
        this.parent = parent;
        this.at = at;
        this.actorUser = actor.userId();
        this.actorName = actor.name();
        this.actorAgency = actor.agency();
        this.action = action;
        this.reason = reason;
        this.detail = detail;
    }

    public Instant at() { return at; }
    public String actorName() { return actorName; }
    public String actorAgency() { return actorAgency; }
    public String action() { return action; }
    public String reason() { return reason; }
    public String detail() { return detail; }
}
