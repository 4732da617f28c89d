package org.earlyhelp.referral.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
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


import org.earlyhelp.platform.change.Actor;
import org.earlyhelp.platform.change.IllegalTransition;
import org.earlyhelp.platform.crypto.Sealed;

/**
 * A referral and its state machine. Every change goes through a method here, which checks the
 * transition (an illegal one is an {@link IllegalTransition}) and writes the history line; nothing
 * else sets the status.
 */
@Entity
@Table(name = "referral")
public class Referral {

    /** The queue of a referral showing immediate risk: decided by escalation, never left as early help. */
    public static final String ESCALATION_QUEUE = "escalation";
    public static final String EARLY_HELP_QUEUE = "early-help";
    /** The front door's outcome that sends a referral back to the hub (decision 0064). */
    public static final String RETURNED_TO_EARLY_HELP = "no-further-action-returned-to-early-help";

    @Id
    UUID id;
    @Column(name = "referring_agency")
    String referringAgency;
    @Column(name = "referred_by_user")
    String referredByUser;
    @Column(name = "referred_by_name")
    String referredByName;
    @Column(name = "via_partner_system")
    boolean viaPartnerSystem;
    String area;
    @Enumerated(EnumType.STRING)
    ReferralStatus status;
    @Enumerated(EnumType.STRING)
    Urgency urgency;
    @Column(name = "immediate_risk")
    boolean immediateRisk;
    @Column(name = "submitted_at")
    Instant submittedAt;
    @Column(name = "decision_due_at")
    Instant decisionDueAt;
    @Column(name = "decided_at")
    Instant decidedAt;
    @Column(name = "lead_agency")
    String leadAgency;
    @Convert(converter = Sealed.class)
    @Column(name = "decision_reason")
    String decisionReason;
    @Convert(converter = Sealed.class)
    String content;
    @Column(name = "case_id")
    UUID caseId;
    @Column(name = "case_outcome")
    String caseOutcome;
    @Column(name = "closed_at")
    Instant closedAt;
    /** When children's social care's front door returned it to early help (decision 0064); null if it never did. */
    @Column(name = "returned_to_early_help_at")
    Instant returnedToEarlyHelpAt;
    @Convert(converter = Sealed.class)
    @Column(name = "front_door_note")
    String frontDoorNote;
    /** 1 as submitted, one more with each amendment by the referrer. */
    @Column(name = "content_version")
    int contentVersion = 1;
    /** The decision clock's last pause for a question to the referrer: when, the deadline then, and when it resumed. */
    @Column(name = "clock_paused_at")
    Instant clockPausedAt;
    @Column(name = "due_before_pause")
    Instant dueBeforePause;
    @Column(name = "clock_resumed_at")
    Instant clockResumedAt;
    @Version
    long version;

    @OneToMany(mappedBy = "referral", cascade = CascadeType.ALL)
    @OrderBy("position")
    List<ReferralPerson> people = new ArrayList<>();

    @OneToMany(mappedBy = "referral", cascade = CascadeType.ALL)
    @OrderBy("id")
    List<HistoryEntry> history = new ArrayList<>();

    protected Referral() {
    }

    /**
     * A new referral from {@code by}; each child and household member gets a fresh person id.
     * One that shows immediate risk goes to the escalation queue at once.
     */
    public static Referral submit(NewReferral body, String contentJson, Actor by, boolean viaPartnerSystem, Instant now,
            Instant decisionDue) {
        Referral referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.referringAgency = by.agency();
        referral.referredByUser = by.userId();
        referral.referredByName = by.name();
        referral.viaPartnerSystem = viaPartnerSystem;
        referral.area = body.area();
        referral.urgency = body.urgency();
        referral.immediateRisk = body.immediateRisk();
        referral.submittedAt = now;
        referral.decisionDueAt = decisionDue;
        referral.content = contentJson;
        referral.status = ReferralStatus.SUBMITTED;
        int position = 0;
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        for (NewReferral.Child child : body.children()) {
            referral.people.add(new ReferralPerson(referral, position++, ReferralPerson.CHILD, child.firstName(), child.lastName(),
                    child.birthDate(today), child.expectedDueDate(), child.address().postcode(), null));
        }
        String familyPostcode = body.children().get(0).address().postcode();
        for (NewReferral.HouseholdMember member : body.household()) {
            referral.people.add(new ReferralPerson(referral, position++, ReferralPerson.HOUSEHOLD, member.firstName(),
                    member.lastName(), BirthDate.on(member.dateOfBirth()), null, familyPostcode, member.relationship()));
        }
        referral.record(now, by, "submitted", null, ReferralStatus.SUBMITTED, null,
                referral.immediateRisk ? "immediate risk: routed to the escalation queue, flagged urgent" : null);
        return referral;
    }

    /** The hub takes the referral into triage. */
    public void startTriage(Actor by, Instant now) {
        move(by, now, "triage-started", EnumSet.of(ReferralStatus.SUBMITTED), ReferralStatus.IN_TRIAGE, null, null);
    }

    /** Refuses as {@link #accept} would, before anyone is asked whether the lead agency may receive the referral. */
    void checkAcceptable() {
        refuseEarlyHelpIfImmediateRisk("accepted for early help");
        requireFrom(EnumSet.of(ReferralStatus.IN_TRIAGE), ReferralStatus.ACCEPTED);
    }

    /** Early help: a case is to be opened with {@code leadAgency} as lead. */
    public void accept(Acceptance decision, Actor by, Instant now) {
        refuseEarlyHelpIfImmediateRisk("accepted for early help");
        move(by, now, "accepted", EnumSet.of(ReferralStatus.IN_TRIAGE), ReferralStatus.ACCEPTED, decision.reason(),
                "lead agency " + decision.leadAgency()
                        + (decision.joinCaseId() == null ? "" : ", joining the open case " + decision.joinCaseId()));
        leadAgency = decision.leadAgency();
        decisionReason = decision.reason();
        decidedAt = now;
    }

    /** Onward referral to one or more directory services ({@code services} describes them for the history). */
    public void signpost(String reason, String services, Actor by, Instant now) {
        refuseEarlyHelpIfImmediateRisk("signposted");
        move(by, now, "signposted", EnumSet.of(ReferralStatus.IN_TRIAGE), ReferralStatus.SIGNPOSTED, reason, services);
        decisionReason = reason;
        decidedAt = now;
    }

    /** To children's social care. Allowed straight from submission, so an immediate-risk referral never waits for triage. */
    public void escalate(String reason, Actor by, Instant now) {
        requireReason(reason, "escalation");
        move(by, now, "escalated", EnumSet.of(ReferralStatus.SUBMITTED, ReferralStatus.IN_TRIAGE,
                ReferralStatus.AWAITING_INFORMATION), ReferralStatus.ESCALATED,
                reason, null);
        decisionReason = reason;
        decidedAt = now;
    }

    public void noFurtherAction(String reason, Actor by, Instant now) {
        requireReason(reason, "no further action");
        refuseEarlyHelpIfImmediateRisk("closed with no further action");
        move(by, now, "no-further-action", EnumSet.of(ReferralStatus.IN_TRIAGE), ReferralStatus.NO_FURTHER_ACTION, reason, null);
        decisionReason = reason;
        decidedAt = now;
    }

    /** The referrer takes the referral back before the hub has decided. */
    public void withdraw(String reason, Actor by, Instant now) {
        if (!by.agency().equals(referringAgency)) {
            throw new IllegalArgumentException("Only the referring agency withdraws a referral");
        }
        move(by, now, "withdrawn", EnumSet.of(ReferralStatus.SUBMITTED, ReferralStatus.IN_TRIAGE,
                ReferralStatus.AWAITING_INFORMATION), ReferralStatus.WITHDRAWN,
                reason, null);
        decisionReason = reason;
        decidedAt = now;
    }

    /** The case opened from this referral closed (case-service's {@code case.closed}). */
    public void recordCaseClosed(UUID caseId, String outcome, Actor by, Instant now) {
        if (status != ReferralStatus.ACCEPTED || closedAt != null) {
            throw new IllegalTransition("Only an accepted referral whose case is open can record a case closure; this one is "
                    + status.value() + (closedAt != null ? " and already closed" : ""));
        }
        this.caseId = caseId;
        this.caseOutcome = outcome;
        this.closedAt = now;
        record(now, by, "case-closed", status, status, null, "case " + caseId + " closed: " + outcome);
    }

    /** A step of the hand-over to children's social care's front door, as a line of the history; the status stays. */
    public void recordHandOver(String action, String detail, Actor by, Instant now) {
        record(now, by, action, status, status, null, detail);
    }

    /**
     * Children's social care's front door found no statutory threshold and returned the referral to early help: back in
     * the hub's queue (in triage, a new decision due by {@code decisionDue}), which may now decide it as early help even
     * if it showed immediate risk; the front door's {@code note} is for the hub's queue, not the history.
     */
    public void returnToEarlyHelp(String frontDoor, String outcome, String note, Actor by, Instant now, Instant decisionDue) {
        move(by, now, "returned-to-early-help",
                EnumSet.of(ReferralStatus.SUBMITTED, ReferralStatus.IN_TRIAGE, ReferralStatus.ESCALATED), ReferralStatus.IN_TRIAGE,
                null, frontDoor + " recorded " + outcome);
        returnedToEarlyHelpAt = now;
        frontDoorNote = note;
        decisionReason = null;
        decidedAt = null;
        decisionDueAt = decisionDue;
    }

    /** A confirmed "known to services" match: {@code person} is the person already known by {@code existing}. */
    public void linkPerson(ReferralPerson person, UUID existing, Actor by, Instant now) {
        if (person.referral() != this) {
            throw new IllegalArgumentException("Person " + person.id() + " is not on referral " + id);
        }
        UUID minted = person.personId();
        person.linkTo(existing);
        record(now, by, "person-linked", status, status, null, "person " + minted + " is known as " + existing);
    }

    /**
     * A confirmed match undone: {@code person} is not the one known as their current id after all and takes back
     * {@code restored}, the id they had before; {@code reason} is the hub's, kept in the history.
     */
    public void unlinkPerson(ReferralPerson person, UUID restored, String reason, Actor by, Instant now) {
        if (person.referral() != this) {
            throw new IllegalArgumentException("Person " + person.id() + " is not on referral " + id);
        }
        requireReason(reason, "unlinking a person");
        UUID known = person.personId();
        person.linkTo(restored);
        record(now, by, "person-unlinked", status, status, reason, "person " + restored + " is not " + known);
    }

    /**
     * A data protection officer corrected {@code person}'s identifying details (consent-service's {@code person.rectified},
     * decision 0062): the person and the referral as written ({@code correctedContent}) now say so; the history says who
     * corrected what kind of detail, never the details nor the reason.
     */
    public void rectify(ReferralPerson person, String firstName, String lastName, LocalDate dateOfBirth, String correctedContent,
            Actor by, Instant now) {
        if (person.referral() != this) {
            throw new IllegalArgumentException("Person " + person.id() + " is not on referral " + id);
        }
        person.correct(firstName, lastName, dateOfBirth);
        content = correctedContent;
        record(now, by, "details-corrected", status, status, null,
                "the data protection officer corrected identifying details of person " + person.personId());
    }

    /**
     * The referrer added to or corrected the referral before the hub decided it (issue 29, decision 0063):
     * {@code amendedContent} is the referral as written now, {@code corrections} the people whose identifying details
     * changed; the content's version goes up by one and {@code what} (no personal details) goes in the history. A concern
     * of significant harm makes it an immediate-risk referral from now on; nothing makes it less.
     */
    public void amend(String amendedContent, List<PersonCorrection> corrections, boolean showsImmediateRisk, String what,
            String note, Actor by, Instant now) {
        if (!status.open()) {
            throw new IllegalTransition("This referral is " + status.value() + ": the hub has decided it, so it can no longer"
                    + " be amended");
        }
        for (PersonCorrection correction : corrections) {
            ReferralPerson person = people.stream().filter(p -> p.personId().equals(correction.personId())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Person " + correction.personId() + " is not on referral " + id));
            person.correct(correction.firstName(), correction.lastName(), correction.dateOfBirth(), correction.postcode());
        }
        content = amendedContent;
        contentVersion++;
        String risk = !immediateRisk && showsImmediateRisk ? "; now shows immediate risk: routed to the escalation queue" : "";
        immediateRisk = immediateRisk || showsImmediateRisk;
        record(now, by, "amended", status, status, note, "version " + contentVersion + ": " + what + risk);
    }

    /**
     * The hub asked the referrer a question: the decision clock stops until the answer ({@code detail}: the request and
     * its due date). Not for an immediate-risk referral, which is only escalated.
     */
    public void awaitInformation(String detail, Actor by, Instant now) {
        refuseEarlyHelpIfImmediateRisk("held for more information");
        move(by, now, "information-requested", EnumSet.of(ReferralStatus.SUBMITTED, ReferralStatus.IN_TRIAGE),
                ReferralStatus.AWAITING_INFORMATION, null, detail + "; decision clock paused with " + decisionDueAt + " due");
        clockPausedAt = now;
        dueBeforePause = decisionDueAt;
        clockResumedAt = null;
    }

    /**
     * The question is settled ({@code action}: answered, or withdrawn by the hub): back to {@code back}, where it was when
     * asked, and the clock runs again with {@code resumedDue}, the remaining working time added from now.
     */
    public void resumeAfterInformation(String action, ReferralStatus back, Instant resumedDue, String detail, Actor by,
            Instant now) {
        if (back != ReferralStatus.SUBMITTED && back != ReferralStatus.IN_TRIAGE) {
            throw new IllegalArgumentException("A referral goes back to submitted or in-triage, not " + back.value());
        }
        move(by, now, action, EnumSet.of(ReferralStatus.AWAITING_INFORMATION), back, null,
                detail + "; decision clock resumed: due " + resumedDue + " (was " + dueBeforePause + ")");
        clockResumedAt = now;
        decisionDueAt = resumedDue;
    }

    private void refuseEarlyHelpIfImmediateRisk(String what) {
        if (escalationOnly()) {
            throw new IllegalTransition("This referral shows immediate risk of significant harm; it cannot be " + what
                    + ", only escalated to children's social care");
        }
    }

    private static void requireReason(String reason, String decision) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A reason is required for " + decision);
        }
    }

    private void move(Actor by, Instant now, String action, Set<ReferralStatus> from, ReferralStatus to, String reason,
            String detail) {
        requireFrom(from, to);
        ReferralStatus before = status;
        status = to;
        record(now, by, action, before, to, reason, detail);
    }

    private void requireFrom(Set<ReferralStatus> from, ReferralStatus to) {
        if (!from.contains(status)) {
            throw new IllegalTransition("This referral is " + status.value() + ", so it cannot now be " + to.value()
                    + "; reload it to see its current state");
        }
    }

    private void record(Instant now, Actor by, String action, ReferralStatus from, ReferralStatus to, String reason,
            String detail) {
        history.add(new HistoryEntry(this, now, by, action, from, to, reason, detail));
    }

    public UUID id() { return id; }
    public String referringAgency() { return referringAgency; }
    public String referredByUser() { return referredByUser; }
    public String referredByName() { return referredByName; }
    public boolean viaPartnerSystem() { return viaPartnerSystem; }
    public String area() { return area; }
    public ReferralStatus status() { return status; }
    public Urgency urgency() { return urgency; }
    public boolean immediateRisk() { return immediateRisk; }
    public String queue() { return escalationOnly() ? ESCALATION_QUEUE : EARLY_HELP_QUEUE; }
    public Instant submittedAt() { return submittedAt; }
    public Instant decisionDueAt() { return decisionDueAt; }
    public Instant decidedAt() { return decidedAt; }
    public String leadAgency() { return leadAgency; }
    public String decisionReason() { return decisionReason; }
    public String content() { return content; }
    public UUID caseId() { return caseId; }
    public String caseOutcome() { return caseOutcome; }
    public Instant closedAt() { return closedAt; }
    public Instant returnedToEarlyHelpAt() { return returnedToEarlyHelpAt; }
    public String frontDoorNote() { return frontDoorNote; }
    public long version() { return version; }
    public int contentVersion() { return contentVersion; }
    public Instant clockPausedAt() { return clockPausedAt; }
    public Instant dueBeforePause() { return dueBeforePause; }
    public Instant clockResumedAt() { return clockResumedAt; }
    public List<ReferralPerson> people() { return Collections.unmodifiableList(people); }
    public List<HistoryEntry> history() { return Collections.unmodifiableList(history); }

    public List<UUID> personIds() {
        return people.stream().map(ReferralPerson::personId).distinct().toList();
    }

    public List<UUID> childPersonIds() {
        return people.stream().filter(ReferralPerson::child).map(ReferralPerson::personId).distinct().toList();
    }

    /** Immediate risk that children's social care has not yet returned to early help: only escalation may decide it. */
    private boolean escalationOnly() {
        return immediateRisk && returnedToEarlyHelpAt == null;
    }

    /** Overdue: still undecided after its 1-working-day deadline; never while the clock waits for the referrer. */
    public boolean overdue(Instant now) {
        return status.open() && status != ReferralStatus.AWAITING_INFORMATION && now.isAfter(decisionDueAt);
    }
}
