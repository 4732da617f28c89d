package org.earlyhelp.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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

/**
 * An early help case and everything on it: the family, the referrals it came from, the lead, the
 * team around the family, the assessment, the plan, reviews, transfers and history (the notes of the
 * chronology are kept beside it, by {@code notes}). Every change goes through a method here, which
 * checks it against the case's state (a refusal is an {@link IllegalTransition}), records the
 * history line and moves the version on, so one ETag guards the whole case.
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
    @OrderBy("joinedAt, id")
    List<TeamMember> members = new ArrayList<>();
    @OneToMany(mappedBy = "parent", cascade = CascadeType.ALL)
    @OrderBy("category")
    List<Need> needs = new ArrayList<>();
    @OneToMany(mappedBy = "parent", cascade = CascadeType.ALL)
    @OrderBy("dueDate, createdAt, id")
    List<PlanAction> actions = new ArrayList<>();
    @OneToMany(mappedBy = "parent", cascade = CascadeType.ALL)
    @OrderBy("heldOn, recordedAt")
    List<Review> reviews = new ArrayList<>();
    @OneToMany(mappedBy = "parent", cascade = CascadeType.ALL)
    @OrderBy("requestedAt, id")
    List<LeadTransfer> transfers = new ArrayList<>();
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
        for (NeedCategory need : opening.needs()) {
            if (opened.need(need).isEmpty()) {
                opened.needs.add(new Need(opened, need, opening.via().equals(Opening.VIA_REFERRAL) ? Need.FROM_REFERRAL
                        : Need.FROM_ASSESSMENT));
            }
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

    /** A family member added by hand (a new baby, a partner): not from any referral. */
    public CasePerson addPerson(Opening.Person person, Actor by, Instant now) {
        requireOpen("have people added");
        if (hasPerson(person.personId())) {
            throw new IllegalTransition("Person " + person.personId() + " is already on this case");
        }
        CasePerson added = addPersonRecord(person);
        record(now, by, "person-added", null, "person " + person.personId());
        return added;
    }

    /**
     * An agency (or another practitioner of one) joins the team around the family. {@code bases}
     * are the sharing decisions it rests on, one per family member, when the agency was not already
     * taking part.
     */
    public TeamMember addMember(String agency, String agencyType, String practitionerName, String role, List<SharingBasis> bases,
            Actor by, Instant now) {
        requireOpen("have members added");
        boolean duplicate = members.stream().anyMatch(member -> member.active() && member.agency().equals(agency)
                && java.util.Objects.equals(member.practitionerName(), practitionerName) && member.role().equals(role));
        if (duplicate) {
            throw new IllegalTransition(agency + (practitionerName == null ? "" : " (" + practitionerName + ")")
                    + " is already on the team as " + role);
        }
        TeamMember member = new TeamMember(this, agency, agencyType, practitionerName, role, bases, by, now);
        members.add(member);
        record(now, by, "member-added", null, agency + " as " + role);
        return member;
    }

    /** A member leaves or is removed; {@code action} says which ({@code member-left}, {@code member-removed}). */
    public TeamMember endMembership(UUID memberId, String action, String reason, Actor by, Instant now) {
        TeamMember member = member(memberId).orElseThrow(() -> new IllegalTransition("No member " + memberId + " on this case"));
        if (!member.active()) {
            throw new IllegalTransition("This member already left the team");
        }
        member.end(reason, by, now);
        record(now, by, action, reason, member.agency() + " as " + member.role());
        return member;
    }

    /** A fresh sharing decision now carries {@code member}'s access to one family member. */
    public void rebaseMembership(TeamMember member, SharingBasis basis, Actor by, Instant now) {
        member.rebase(basis);
        record(now, by, "member-basis-renewed", null, member.agency() + ": new sharing decision for person " + basis.personId());
    }

    /** Records (or re-records) the assessment of one headline need. */
    public Need assessNeed(NeedCategory category, Severity severity, String notes, Actor by, Instant now) {
        requireOpen("be assessed");
        Need need = need(category).orElseGet(() -> {
            Need added = new Need(this, category, Need.FROM_ASSESSMENT);
            needs.add(added);
            return added;
        });
        need.assess(severity, notes, by, now);
        record(now, by, "need-assessed", null, category.value() + ": " + severity.value());
        return need;
    }

    public PlanAction addAction(String description, String ownerAgency, LocalDate dueDate, Actor by, Instant now) {
        requireOpen("have actions added to its plan");
        requireParticipant(ownerAgency, "own a plan action");
        PlanAction action = new PlanAction(this, description, ownerAgency, dueDate, by, now);
        actions.add(action);
        record(now, by, "action-added", null, ownerAgency + " by " + dueDate);
        return action;
    }

    public PlanAction moveAction(UUID actionId, ActionStatus next, Actor by, Instant now) {
        requireOpen("have its plan changed");
        PlanAction action = action(actionId).orElseThrow(() -> new IllegalTransition("No action " + actionId + " on this case"));
        ActionStatus before = action.status();
        action.moveTo(next, now);
        record(now, by, "action-" + next.value(), null, "action " + actionId + ": " + before.value() + " → " + next.value());
        return action;
    }

    public Review recordReview(LocalDate heldOn, LocalDate nextDue, String summary, List<Review.Attendee> attendees,
            List<Review.NeedProgress> progress, Actor by, Instant now) {
        requireOpen("be reviewed");
        if (!nextDue.isAfter(heldOn)) {
            throw new IllegalArgumentException("The next review must fall after this one");
        }
        Review review = new Review(this, heldOn, nextDue, summary, attendees, progress, by, now);
        reviews.add(review);
        if (reviews.stream().allMatch(other -> !other.heldOn().isAfter(heldOn))) {
            nextReviewDue = nextDue;
        }
        record(now, by, "reviewed", null, "held " + heldOn + ", next due " + nextDue);
        return review;
    }

    /**
     * A record kept beside the case rather than on it (a note of the chronology, which may be written on a closed case
     * too) was added: the case's version moves on, so one ETag still guards everything on the case.
     */
    public void partAdded(Instant now) {
        touch(now);
    }

    /** The lead asks another agency on the team to take the lead; nothing changes until it accepts. */
    public LeadTransfer requestTransfer(String toAgency, String reason, Actor by, Instant now) {
        requireOpen("be transferred");
        if (toAgency.equals(leadAgency)) {
            throw new IllegalTransition(toAgency + " already leads this case");
        }
        if (pendingTransfer().isPresent()) {
            throw new IllegalTransition("A transfer to " + pendingTransfer().get().toAgency()
                    + " is waiting for an answer; cancel it before asking another agency");
        }
        if (!activeMemberAgencies().contains(toAgency)) {
            throw new IllegalTransition("The lead can pass only to an agency on the team around the family; add " + toAgency
                    + " to the team first (that asks for the family's consent)");
        }
        LeadTransfer transfer = new LeadTransfer(this, toAgency, reason, by, now);
        transfers.add(transfer);
        record(now, by, "transfer-requested", reason, leadAgency + " → " + toAgency);
        return transfer;
    }

    /**
     * The receiving agency's case lead accepts: the agency leads and the one who accepted is lead
     * practitioner. The previous lead (of type {@code previousLeadType}) stays on the team (as
     * {@value TeamMember#PREVIOUS_LEAD}) until it leaves.
     */
    public LeadTransfer acceptTransfer(UUID transferId, String previousLeadType, Actor by, Instant now) {
        requireOpen("be transferred");
        LeadTransfer transfer = transfer(transferId);
        transfer.decide(TransferStatus.ACCEPTED, null, by, now);
        String previous = leadAgency;
        for (TeamMember member : members) {
            if (member.active() && member.agency().equals(transfer.toAgency())) {
                member.end("became lead", by, now);
            }
        }
        members.add(new TeamMember(this, previous, previousLeadType, leadPractitionerName, TeamMember.PREVIOUS_LEAD, List.of(), by,
                now));
        leadAgency = transfer.toAgency();
        leadPractitionerUser = by.userId();
        leadPractitionerName = by.name();
        record(now, by, "transferred", transfer.reason(), previous + " → " + leadAgency);
        return transfer;
    }

    public LeadTransfer declineTransfer(UUID transferId, String reason, Actor by, Instant now) {
        LeadTransfer transfer = transfer(transferId);
        transfer.decide(TransferStatus.DECLINED, reason, by, now);
        record(now, by, "transfer-declined", reason, transfer.fromAgency() + " → " + transfer.toAgency());
        return transfer;
    }

    public LeadTransfer cancelTransfer(UUID transferId, Actor by, Instant now) {
        LeadTransfer transfer = transfer(transferId);
        transfer.decide(TransferStatus.CANCELLED, null, by, now);
        record(now, by, "transfer-cancelled", null, transfer.fromAgency() + " → " + transfer.toAgency());
        return transfer;
    }

    /**
     * Closes the case with an outcome for every identified need (no more, no fewer) once the plan
     * has no open action. A transfer still waiting is cancelled.
     */
    public void close(List<Closure.Outcome> outcomes, String reason, Actor by, Instant now) {
        requireOpen("be closed");
        if (needs.isEmpty()) {
            throw new IllegalTransition("Record the assessment's needs before closing: closure gives an outcome per need");
        }
        long open = actions.stream().filter(action -> action.status().open()).count();
        if (open > 0) {
            throw new IllegalTransition(open + " plan action(s) are still planned or in progress; mark them done or dropped first");
        }
        Set<NeedCategory> given = EnumSet.noneOf(NeedCategory.class);
        for (Closure.Outcome outcome : outcomes) {
            if (!given.add(outcome.need())) {
                throw new IllegalTransition("Two outcomes for " + outcome.need().value());
            }
            if (need(outcome.need()).isEmpty()) {
                throw new IllegalTransition(outcome.need().value() + " is not a need identified on this case");
            }
        }
        List<String> missing = needs.stream().map(Need::category).filter(need -> !given.contains(need)).map(NeedCategory::value)
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalTransition("An outcome is needed for every identified need; missing: " + String.join(", ", missing));
        }
        outcomes.forEach(outcome -> need(outcome.need()).orElseThrow().outcome = outcome.outcome());
        pendingTransfer().ifPresent(transfer -> transfer.decide(TransferStatus.CANCELLED, null, by, now));
        status = CaseStatus.CLOSED;
        closedAt = now;
        closureReason = reason;
        closureOutcome = Closure.headline(outcomes);
        record(now, by, "closed", reason, "outcome " + closureOutcome.value());
    }

    /** A closed case is opened again (the family needs help again); the next review is due {@code nextReviewDue}. */
    public void reopen(String reason, Actor by, Instant now, LocalDate nextReviewDue) {
        if (status != CaseStatus.CLOSED) {
            throw new IllegalTransition("Only a closed case can be reopened; this one is " + status.value());
        }
        needs.forEach(need -> need.outcome = null);
        status = CaseStatus.OPEN;
        closedAt = null;
        closureReason = null;
        closureOutcome = null;
        this.nextReviewDue = nextReviewDue;
        record(now, by, "reopened", reason, null);
    }

    /** Links another accepted referral about this family. */
    public void linkReferral(UUID referralId, Actor by, Instant now) {
        requireOpen("have referrals linked");
        referrals.add(new CaseReferral(this, referralId, now));
        record(now, by, "referral-linked", null, "referral " + referralId);
    }

    private CasePerson addPersonRecord(Opening.Person person) {
        CasePerson added = new CasePerson(this, people.size(), person.personId(), person.child(), person.displayName(),
                person.source()).withDetails(person.givenName(), person.familyName(), person.dateOfBirth(), person.postcode(),
                        person.relationship());
        people.add(added);
        return added;
    }

    private void requireOpen(String what) {
        if (status != CaseStatus.OPEN) {
            throw new IllegalTransition("This case is " + status.value() + ", so you cannot " + what + " until it is reopened");
        }
    }

    private void requireParticipant(String agency, String what) {
        if (!participates(agency)) {
            throw new IllegalTransition(agency + " is neither the lead nor on the team, so it cannot " + what);
        }
    }

    private LeadTransfer transfer(UUID transferId) {
        return transfers.stream().filter(transfer -> transfer.id().equals(transferId)).findFirst()
                .orElseThrow(() -> new IllegalTransition("No transfer " + transferId + " on this case"));
    }

    private void record(Instant now, Actor by, String action, String reason, String detail) {
        history.add(new HistoryEntry(this, now, by, action, reason, detail));
        touch(now);
    }

    /** Marks the case changed, so its version (the ETag) moves on with any change to its parts. */
    private void touch(Instant now) {
        lastChangedAt = now;
    }

    /** The lead agency or an active member: agencies taking part, which see the case. */
    public boolean participates(String agency) {
        return agency != null && (agency.equals(leadAgency) || activeMemberAgencies().contains(agency));
    }

    public Set<String> activeMemberAgencies() {
        Set<String> agencies = new LinkedHashSet<>();
        members.stream().filter(TeamMember::active).forEach(member -> agencies.add(member.agency()));
        return agencies;
    }

    /** Every agency taking part (lead first): the audience of the case's events besides the hub. */
    public Set<String> participants() {
        Set<String> agencies = new LinkedHashSet<>();
        agencies.add(leadAgency);
        agencies.addAll(activeMemberAgencies());
        return agencies;
    }

    public boolean hasPerson(UUID personId) {
        return people.stream().anyMatch(person -> person.personId().equals(personId));
    }

    public Optional<Need> need(NeedCategory category) {
        return needs.stream().filter(need -> need.category() == category).findFirst();
    }

    public Optional<TeamMember> member(UUID memberId) {
        return members.stream().filter(member -> member.id().equals(memberId)).findFirst();
    }

    public Optional<PlanAction> action(UUID actionId) {
        return actions.stream().filter(action -> action.id().equals(actionId)).findFirst();
    }

    public Optional<LeadTransfer> pendingTransfer() {
        return transfers.stream().filter(transfer -> transfer.status() == TransferStatus.REQUESTED).findFirst();
    }

    public boolean reviewOverdue(LocalDate today) {
        return reviewOverdue(status, nextReviewDue, today);
    }

    /** An open case whose next review date has passed; also for a case read as a list row rather than loaded. */
    static boolean reviewOverdue(CaseStatus status, LocalDate nextReviewDue, LocalDate today) {
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
    public List<TeamMember> members() { return Collections.unmodifiableList(members); }
    public List<Need> needs() { return Collections.unmodifiableList(needs); }
    public List<PlanAction> actions() { return Collections.unmodifiableList(actions); }
    public List<Review> reviews() { return Collections.unmodifiableList(reviews); }
    public List<LeadTransfer> transfers() { return Collections.unmodifiableList(transfers); }
    public List<HistoryEntry> history() { return Collections.unmodifiableList(history); }

    public List<UUID> referralIds() {
        return referrals.stream().map(CaseReferral::referralId).toList();
    }

    public List<UUID> personIds() {
        return people.stream().map(CasePerson::personId).distinct().toList();
    }
}
