package org.earlyhelp.cases.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.earlyhelp.cases.casefile.Case;
import org.earlyhelp.cases.plan.NeedCategory;
import org.earlyhelp.platform.change.Actor;
import org.earlyhelp.platform.crypto.Sealed;

/** A review of the family plan (about every 6 to 8 weeks): who came, progress per need, when the next one is due. */
@Entity
@Table(name = "case_review")
public class Review {

    @Id
    UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    Case parent;
    @Column(name = "held_on")
    LocalDate heldOn;
    @Column(name = "next_review_due")
    LocalDate nextReviewDue;
    @Convert(converter = Sealed.class)
    String summary;
    @Column(name = "recorded_at")
    Instant recordedAt;
    @Column(name = "recorded_by")
    String recordedBy;
    @Column(name = "recorded_agency")
    String recordedAgency;

    @ElementCollection
    @CollectionTable(name = "case_review_attendee", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    List<Attendee> attendees = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "case_review_progress", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    List<NeedProgress> progress = new ArrayList<>();

    protected Review() {
    }

    Review(Case parent, LocalDate heldOn, LocalDate nextReviewDue, String summary, List<Attendee> attendees,
            List<NeedProgress> progress, Actor by, Instant now) {
        this.id = UUID.randomUUID();
        this.parent = parent;
        this.heldOn = heldOn;
        this.nextReviewDue = nextReviewDue;
        this.summary = summary;
        this.attendees.addAll(attendees);
        this.progress.addAll(progress);
        this.recordedAt = now;
        this.recordedBy = by.name();
        this.recordedAgency = by.agency();
    }

    /**
     * A review held on {@code heldOn} is recorded on the open case {@code kase}; it sets the case's next review date
     * when it is the latest ({@code latest}: no review on record was held after it).
     */
    static Review held(Case kase, boolean latest, LocalDate heldOn, LocalDate nextReviewDue, String summary,
            List<Attendee> attendees, List<NeedProgress> progress, Actor by, Instant now) {
        kase.reviewed(heldOn, nextReviewDue, latest, by, now);
        return new Review(kase, heldOn, nextReviewDue, summary, attendees, progress, by, now);
    }

    public UUID id() { return id; }
    public LocalDate heldOn() { return heldOn; }
    public LocalDate nextReviewDue() { return nextReviewDue; }
    public String summary() { return summary; }
    public Instant recordedAt() { return recordedAt; }
    public String recordedBy() { return recordedBy; }
    public String recordedAgency() { return recordedAgency; }
    public List<Attendee> attendees() { return Collections.unmodifiableList(attendees); }
    public List<NeedProgress> progress() { return Collections.unmodifiableList(progress); }

    @Embeddable
    public static class Attendee {

        @Convert(converter = Sealed.class)
        String name;
        String agency;

        protected Attendee() {
        }

        public Attendee(String name, String agency) {
            this.name = name;
            this.agency = agency;
        }

        public String name() { return name; }
        public String agency() { return agency; }
    }

    @Embeddable
    public static class NeedProgress {

        @Enumerated(EnumType.STRING)
        NeedCategory need;
        @Enumerated(EnumType.STRING)
        Progress progress;
        @Convert(converter = Sealed.class)
        String note;

        protected NeedProgress() {
        }

        public NeedProgress(NeedCategory need, Progress progress, String note) {
            this.need = need;
            this.progress = progress;
            this.note = note;
        }

        public NeedCategory need() { return need; }
        public Progress progress() { return progress; }
        public String note() { return note; }
    }
}
