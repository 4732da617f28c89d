package org.earlyhelp.cases.notes;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.earlyhelp.cases.casefile.Case;
import org.earlyhelp.cases.casefile.CaseContent;
import org.earlyhelp.consent.client.DataCategory;
import org.earlyhelp.platform.access.Condition;
import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.change.Actor;
import org.earlyhelp.platform.crypto.Sealed;
import org.earlyhelp.platform.identity.Caller;

/**
 * An entry in the case chronology. A restricted note is seen only by its author's agency (e.g. a
 * health detail the rest of the team does not need); never changed once written.
 */
@Entity
@Table(name = "case_note")
public class CaseNote {

    @Id
    UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    Case parent;
    @Column(name = "written_at")
    Instant writtenAt;
    @Column(name = "author_user")
    String authorUser;
    @Column(name = "author_name")
    String authorName;
    @Column(name = "author_agency")
    String authorAgency;
    @Convert(converter = Sealed.class)
    String text;
    boolean restricted;

    protected CaseNote() {
    }

    CaseNote(Case parent, String text, boolean restricted, Actor by, Instant now) {
        this.id = UUID.randomUUID();
        this.parent = parent;
        this.text = text;
        this.restricted = restricted;
        this.authorUser = by.userId();
        this.authorName = by.name();
        this.authorAgency = by.agency();
        this.writtenAt = now;
    }

    /**
     * The notes {@code caller}, who reads {@code content} of the case, may read, as a condition over {@code r}: its own
     * agency's notes; unrestricted notes of other agencies if it reads case notes (decision 0057: the lead agency, the
     * hub, and a team member whose membership carries them); restricted ones never.
     */
    public static Condition readableBy(Caller caller, CaseContent content) {
        Map<String, Object> reader = Map.of("readerAgency", Reach.of(caller).agencyOrNone());
        return content.covers(DataCategory.CASE_NOTES)
                ? Condition.of("r.restricted = false or r.authorAgency = :readerAgency", reader)
                : Condition.of("r.authorAgency = :readerAgency", reader);
    }

    public UUID id() { return id; }
    public Instant writtenAt() { return writtenAt; }
    public String authorName() { return authorName; }
    public String authorAgency() { return authorAgency; }
    public String text() { return text; }
    public boolean restricted() { return restricted; }
}
