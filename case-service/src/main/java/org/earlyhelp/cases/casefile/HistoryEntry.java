package org.earlyhelp.cases.casefile;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.earlyhelp.consent.client.DataCategory;
import org.earlyhelp.platform.change.Actor;
import org.earlyhelp.platform.change.HistoryLine;

/** One line of a case's history: who did what, when and why. Never changed. */
@Entity
@Table(name = "case_history")
public class HistoryEntry extends HistoryLine {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    Case parent;
    /** The data category of what the line tells (a need's assessment names the need), or null: a team member reads it only if it reads that category (decision 0057). */
    @Column(name = "data_category")
    String dataCategory;

    protected HistoryEntry() {
    }

    HistoryEntry(Case parent, Instant at, Actor actor, String action, String reason, String detail, DataCategory dataCategory) {
        super(at, actor, action, reason, detail);
        this.parent = parent;
        this.dataCategory = dataCategory == null ? null : dataCategory.code();
    }
}
