package org.earlyhelp.platform.change;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import org.earlyhelp.platform.crypto.Sealed;

/**
 * One line of a record's history: who did what, when and why. Never changed. Each context maps its own table
 * ({@code actor_user}, {@code actor_name}, {@code actor_agency}, {@code action}, {@code reason}, {@code detail}) and
 * adds the record it belongs to.
 */
@MappedSuperclass
public abstract class HistoryLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Instant at;
    @Column(name = "actor_user")
    String actorUser;
    @Column(name = "actor_name")
    String actorName;
    @Column(name = "actor_agency")
    String actorAgency;
    String action;
    /** Free text about the family: sealed at rest (decision 0060). */
    @Convert(converter = Sealed.class)
    String reason;
    @Convert(converter = Sealed.class)
    String detail;

    protected HistoryLine() {
    }

    protected HistoryLine(Instant at, Actor actor, String action, String reason, String detail) {
        this.at = at;
        this.actorUser = actor.userId();
        this.actorName = actor.name();
        this.actorAgency = actor.agency();
        this.action = action;
        this.reason = reason;
        this.detail = detail;
    }

    public Instant at() { return at; }
    public String actorUser() { return actorUser; }
    public String actorName() { return actorName; }
    public String actorAgency() { return actorAgency; }
    public String action() { return action; }
    public String reason() { return reason; }
    public String detail() { return detail; }
}
