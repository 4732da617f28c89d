package org.earlyhelp.cases.casefile;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.earlyhelp.platform.change.Actor;
import org.earlyhelp.platform.change.HistoryLine;

/** One line of a case's history: who did what, when and why. Never changed. */
@Entity
@Table(name = "case_history")
public class HistoryEntry extends HistoryLine {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    Case parent;

    protected HistoryEntry() {
    }

    HistoryEntry(Case parent, Instant at, Actor actor, String action, String reason, String detail) {
        super(at, actor, action, reason, detail);
        this.parent = parent;
    }
}
