package org.earlyhelp.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.earlyhelp.consent.client.DataCategory;
import org.earlyhelp.platform.change.Actor;
import org.earlyhelp.platform.change.IllegalTransition;
import org.earlyhelp.platform.crypto.Sealed;

/**
 * The root of an early help case: the family, the referrals it came from, the lead, its state
 * (open, closed, reopened) and its history. Each feature keeps its own records of the case beside
 * it (the team, the needs and plan, reviews, transfers, notes) and changes them through the case:
 * it asks {@link #requireOpen} where the case must be open, and {@link #record}s what changed,
 * which writes the history line and moves the version on, so one ETag guards the whole case.
 * A refusal is an {@link IllegalTransition}.
 */
@Entity(name = "EarlyHelpCase")
@Table(name = "early_help_case")
public class Case {

    public static final String LEVEL_OF_NEED = "early-help";

    @Id
    UUID id;
    String reference;
    @Enumerated(EnumType.STRING)
    CaseStatus status;
    @Column(name = "level_of_need")
    String levelOfNeed;
    String area;
    @Column(name = "lead_agency")
    String leadAgency;
    @Column(name = "lead_practitioner_user")
    String leadPractitionerUser;
    @Column(name = "lead_practitioner_name")
    String leadPractitionerName;
    @Column(name = "opened_at")
    Instant openedAt;
    @Column(name = "opened_via")
    String openedVia;
    @Column(name = "next_review_due")
    LocalDate nextReviewDue;
    @Column(name = "closed_at")
    Instant closedAt;
    @Convert(converter = Sealed.class)
    @Column(name = "closure_reason")
    String closureReason;
    @Enumerated(EnumType.STRING)
    @Column(name = "closure_outcome")
    NeedOutcome closureOutcome;
    @Column(name = "last_changed_at")
    Instant lastChangedAt;
    @Version
    long version;

    @OneToMany(mappedBy = "parent", cascade = CascadeType.ALL)
    @OrderBy("position")
    List<CasePerson> people = new ArrayList<>();
    @OneToMany(mappedBy = "parent", cascade = CascadeType.ALL)
    @OrderBy("linkedAt, referralId")
    List<CaseReferral> referrals = new ArrayList<>();
    @OneToMany(mappedBy = "parent", cascade = CascadeType.ALL)
    @OrderBy("id")
    List<HistoryEntry> history = new ArrayList<>();

    protected Case() {
    }

    /** A new open case at the early-help level; the first review falls due on {@code firstReviewDue}. */
    public static Case open(String reference, Opening opening, Actor by, Instant now, LocalDate firstReviewDue) {
        Case opened = new Case();
        opened.id = UUID.randomUUID();
        opened.reference = reference;
        opened.status = CaseStatus.OPEN;
        opened.levelOfNeed = LEVEL_OF_NEED;
        opened.area = opening.area();
        opened.leadAgency = opening.leadAgency();
        if (opening.leadPractitioner() != null) {
            opened.leadPractitionerUser = opening.leadPractitioner().userId();
            opened.leadPractitionerName = opening.leadPractitioner().name();
        }
        opened.openedAt = now;
        opened.openedVia = opening.via();
        opened.nextReviewDue = firstReviewDue;
        opening.referralIds().forEach(referral -> opened.referrals.add(new CaseReferral(opened, referral, now)));
        for (Opening.Person person : opening.people()) {
            opened.addPersonRecord(person);
        }
        opened.record(now, by, "opened", null, "lead agency " + opened.leadAgency + ", from "
                + (opened.referrals.isEmpty() ? "no referral" : opened.referrals.size() + " referral(s)"));
        return opened;
    }

    /** A case lead of the lead agency takes the case as its lead practitioner. */
    public void assignLeadPractitioner(Actor practitioner, Instant now) {
        requireOpen("have its lead practitioner changed");
        String before = leadPractitionerName;
        leadPractitionerUser = practitioner.userId();
        leadPractitionerName = practitioner.name();
        record(now, practitioner, "lead-practitioner-assigned", null,
                (before == null ? "" : "was " + before + "; ") + "now " + practitioner.name());
    }

    /**
     * A family member added by hand (a new baby, a partner): not from any referral. {@code knownAs} are the ids the person
     * is known by ({@link PersonLinks}): someone on the case under another of them is on it already.
     */
    public CasePerson addPerson(Opening.Person person, Set<UUID> knownAs, Actor by, Instant now) {
        requireOpen("have people added");
        if (hasPerson(person.personId()) || knownAs.stream().anyMatch(this::hasPerson)) {
            throw new IllegalTransition("Person " + person.personId() + " is already on this case");
        }
        CasePerson added = addPersonRecord(person);
        record(now, by, "person-added", null, "person " + person.personId());
        return added;
    }

    /**
     * A review held on {@code heldOn} says when the next is due; the case's next review date follows the latest review
     * ({@code latest}: no review recorded on the case was held after this one).
     */
    public void reviewed(LocalDate heldOn, LocalDate nextDue, boolean latest, Actor by, Instant now) {
        requireOpen("be reviewed");
        if (!nextDue.isAfter(heldOn)) {
            throw new IllegalArgumentException("The next review must fall after this one");
        }
        if (latest) {
            nextReviewDue = nextDue;
        }
        record(now, by, "reviewed", null, "held " + heldOn + ", next due " + nextDue);
    }

    /**
     * A record kept beside the case rather than on it (a note of the chronology, which may be written on a closed case
     * too) was added: the case's version moves on, so one ETag still guards everything on the case.
     */
    public void partAdded(Instant now) {
        touch(now);
    }

    /**
     * The agency {@code toAgency} took the lead (it accepted a transfer): the one who accepted is lead practitioner.
     * The transfer feature keeps the request and the team; the case only changes hands.
     */
    public void handLeadTo(String toAgency, String reason, Actor by, Instant now) {
        requireOpen("be transferred");
        String previous = leadAgency;
        leadAgency = toAgency;
        leadPractitionerUser = by.userId();
        leadPractitionerName = by.name();
        record(now, by, "transferred", reason, previous + " → " + leadAgency);
    }

    /**
     * Closes the case with its one-word {@code outcome}. What closing asks of the case's parts (an outcome for every
     * need, no open plan action, no transfer left waiting) is checked by whoever closes it, before.
     */
    public void close(NeedOutcome outcome, String reason, Actor by, Instant now) {
        requireOpen("be closed");
        status = CaseStatus.CLOSED;
        closedAt = now;
        closureReason = reason;
        closureOutcome = outcome;
        record(now, by, "closed", reason, "outcome " + closureOutcome.value());
    }

    /** A closed case is opened again (the family needs help again); the next review is due {@code nextReviewDue}. */
    public void reopen(String reason, Actor by, Instant now, LocalDate nextReviewDue) {
        if (status != CaseStatus.CLOSED) {
            throw new IllegalTransition("Only a closed case can be reopened; this one is " + status.value());
        }
        status = CaseStatus.OPEN;
        closedAt = null;
        closureReason = null;
        closureOutcome = null;
        this.nextReviewDue = nextReviewDue;
        record(now, by, "reopened", reason, null);
    }

    /**
     * Another accepted referral about a child on this case joins it (one family, one case): the referral is linked, the
     * people it names who are not on the case yet are added, and the history tells the lead. Returns the people added.
     */
    public List<CasePerson> joinReferral(UUID referralId, String referringAgency, List<Opening.Person> family, Actor by,
            Instant now) {
        requireOpen("have referrals joined");
        if (referralIds().contains(referralId)) {
            throw new IllegalTransition("Referral " + referralId + " is on this case already");
        }
        referrals.add(new CaseReferral(this, referralId, now));
        List<CasePerson> added = new ArrayList<>();
        for (Opening.Person person : family) {
            if (!hasPerson(person.personId())) {
                added.add(addPersonRecord(person));
            }
        }
        record(now, by, "referral-joined", null, "referral " + referralId + " from " + referringAgency
                + (added.isEmpty() ? "" : ", adding " + added.size() + " family member(s)"));
        return added;
    }

    /**
     * The data protection officer corrected a family member's identifying details ({@code knownAs}: every id the person is
     * known by; a null detail is unchanged), open or closed case alike (decision 0062). The history says that, and not
     * what they were.
     */
    public void rectify(Set<UUID> knownAs, String givenName, String familyName, LocalDate dateOfBirth, Actor by, Instant now) {
        List<CasePerson> corrected = people.stream().filter(person -> knownAs.contains(person.personId())).toList();
        if (corrected.isEmpty()) {
            return;
        }
        corrected.forEach(person -> person.rectified(givenName, familyName, dateOfBirth));
        record(now, by, "person-rectified", null, "identifying details corrected by the data protection officer");
    }

    /** Links another accepted referral about this family. */
    public void linkReferral(UUID referralId, Actor by, Instant now) {
        requireOpen("have referrals linked");
        referrals.add(new CaseReferral(this, referralId, now));
        record(now, by, "referral-linked", null, "referral " + referralId);
    }

    /** A change of the case's kind {@code what} needs an open case: {@link IllegalTransition} (409) otherwise. */
    public void requireOpen(String what) {
        if (status != CaseStatus.OPEN) {
            throw new IllegalTransition("This case is " + status.value() + ", so you cannot " + what + " until it is reopened");
        }
    }

    /**
     * Something on the case changed (here or in a feature's records of it): the history line says who did what, and
     * the case's version moves on, so the case's ETag guards its parts too.
     */
    public void record(Instant now, Actor by, String action, String reason, String detail) {
        record(now, by, action, reason, detail, null);
    }

    /** A history line that tells content of {@code category} (decision 0057): only readers of that category see it. */
    public void record(Instant now, Actor by, String action, String reason, String detail, DataCategory category) {
        history.add(new HistoryEntry(this, now, by, action, reason, detail, category));
        touch(now);
    }

    private CasePerson addPersonRecord(Opening.Person person) {
        CasePerson added = new CasePerson(this, people.size(), person.personId(), person.child(), person.displayName(),
                person.source()).withDetails(person.givenName(), person.familyName(), person.dateOfBirth(), person.postcode(),
                        person.relationship());
        people.add(added);
        return added;
    }

    /** Marks the case changed, so its version (the ETag) moves on with any change to its parts. */
    private void touch(Instant now) {
        lastChangedAt = now;
    }

    public boolean hasPerson(UUID personId) {
        return people.stream().anyMatch(person -> person.personId().equals(personId));
    }

    public boolean reviewOverdue(LocalDate today) {
        return reviewOverdue(status, nextReviewDue, today);
    }

    /** An open case whose next review date has passed; also for a case read as a list row rather than loaded. */
    public static boolean reviewOverdue(CaseStatus status, LocalDate nextReviewDue, LocalDate today) {
        return status == CaseStatus.OPEN && nextReviewDue != null && nextReviewDue.isBefore(today);
    }

    public UUID id() { return id; }
    public String reference() { return reference; }
    public CaseStatus status() { return status; }
    public String levelOfNeed() { return levelOfNeed; }
    public String area() { return area; }
    public String leadAgency() { return leadAgency; }
    public String leadPractitionerUser() { return leadPractitionerUser; }
    public String leadPractitionerName() { return leadPractitionerName; }
    public Instant openedAt() { return openedAt; }
    public String openedVia() { return openedVia; }
    public LocalDate nextReviewDue() { return nextReviewDue; }
    public Instant closedAt() { return closedAt; }
    public String closureReason() { return closureReason; }
    public NeedOutcome closureOutcome() { return closureOutcome; }
    public long version() { return version; }
    public List<CasePerson> people() { return Collections.unmodifiableList(people); }
    public List<HistoryEntry> history() { return Collections.unmodifiableList(history); }

    public List<UUID> referralIds() {
        return referrals.stream().map(CaseReferral::referralId).toList();
    }

    public List<UUID> personIds() {
        return people.stream().map(CasePerson::personId).distinct().toList();
    }
}
