package org.earlyhelp.cases.plan;

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

import org.earlyhelp.cases.casefile.Case;
import org.earlyhelp.cases.casefile.NeedOutcome;
import org.earlyhelp.platform.change.Actor;
import org.earlyhelp.platform.crypto.Sealed;

/**
 * One headline need in the early help assessment: identified from a referral's concerns or by the
 * assessment, with its severity and notes once assessed, and its outcome once the case closes.
 */
@Entity
@Table(name = "case_need")
public class Need {

    public static final String FROM_REFERRAL = "referral";
    public static final String FROM_ASSESSMENT = "assessment";

    @Id
    UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    Case parent;
    @Enumerated(EnumType.STRING)
    NeedCategory category;
    @Enumerated(EnumType.STRING)
    Severity severity;
    @Convert(converter = Sealed.class)
    String notes;
    String source;
    @Column(name = "assessed_at")
    Instant assessedAt;
    @Column(name = "assessed_by")
    String assessedBy;
    @Enumerated(EnumType.STRING)
    NeedOutcome outcome;

    protected Need() {
    }

    Need(Case parent, NeedCategory category, String source) {
        this.id = UUID.randomUUID();
        this.parent = parent;
        this.category = category;
        this.source = source;
    }

    void assess(Severity severity, String notes, Actor by, Instant now) {
        this.severity = severity;
        this.notes = notes;
        this.assessedAt = now;
        this.assessedBy = by.name();
    }

    /** The case closed with {@code outcome} for this need. */
    public void closedWith(NeedOutcome outcome) {
        this.outcome = outcome;
    }

    /** The case reopened: the need has no outcome again. */
    public void reopened() {
        this.outcome = null;
    }

    public NeedCategory category() { return category; }
    public Severity severity() { return severity; }
    public String notes() { return notes; }
    public String source() { return source; }
    public Instant assessedAt() { return assessedAt; }
    public String assessedBy() { return assessedBy; }
    public NeedOutcome outcome() { return outcome; }
}
