package org.earlyhelp.referral.matching;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
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

import org.earlyhelp.platform.change.IllegalTransition;
import org.earlyhelp.platform.crypto.Sealed;
import org.earlyhelp.referral.referral.ReferralPerson;

/**
 * A possible "known to services" match for a person on a new referral, until the hub confirms or rejects it. A
 * confirmed match can be undone (unlinked), with a reason: the person takes back the id they had before.
 */
@Entity
@Table(name = "person_match")
class PersonMatch {

    enum Status { SUGGESTED, CONFIRMED, REJECTED, UNLINKED }

    @Id
    UUID id;
    @Column(name = "referral_id")
    UUID referralId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "referral_person_id")
    ReferralPerson person;
    @Column(name = "candidate_person_id")
    UUID candidatePersonId;
    @Convert(converter = Sealed.class)
    @Column(name = "candidate_name")
    String candidateName;
    double score;
    /** One reason a line; few and short, so plain text rather than a child table. */
    String reasons;
    @Enumerated(EnumType.STRING)
    Status status;
    @Column(name = "found_at")
    Instant foundAt;
    @Column(name = "decided_by")
    String decidedBy;
    @Column(name = "decided_at")
    Instant decidedAt;
    /** The person id the referral's person had before this match was confirmed: what an unlink gives back. */
    @Column(name = "person_id_before")
    UUID personIdBefore;
    @Column(name = "unlink_reason")
    String unlinkReason;

    protected PersonMatch() {
    }

    /** The candidate's name as a match shows it. */
    static String nameOf(String firstName, String lastName) {
        return (firstName == null ? "" : firstName + " ") + lastName;
    }

    PersonMatch(ReferralPerson person, Candidate candidate, MatchScore score, Instant now) {
        this.id = UUID.randomUUID();
        this.referralId = person.referral().id();
        this.person = person;
        this.candidatePersonId = candidate.personId();
        this.candidateName = nameOf(candidate.firstName(), candidate.lastName());
        this.score = score.score();
        this.reasons = String.join("\n", score.reasons());
        this.status = Status.SUGGESTED;
        this.foundAt = now;
    }

    void confirm(String by, Instant now) {
        UUID before = person.personId();
        decide(Status.CONFIRMED, by, now);
        personIdBefore = before;
    }

    /**
     * The hub undoes the confirmation: not the same person after all. Only the link the person holds now can be undone
     * (a later confirmation of another match on the same person is undone first).
     */
    void unlink(String by, String reason, Instant now) {
        if (status != Status.CONFIRMED) {
            throw new IllegalTransition("Only a confirmed match can be unlinked; this one is " + status.name().toLowerCase());
        }
        if (!candidatePersonId.equals(person.personId())) {
            throw new IllegalTransition("The person was linked to " + person.personId() + " since; unlink that match first");
        }
        status = Status.UNLINKED;
        decidedBy = by;
        decidedAt = now;
        unlinkReason = reason;
    }

    /** The id an unlink gives back: the one held before, or a new one when a match confirmed before it was kept has none. */
    UUID restoredPersonId() {
        return personIdBefore != null ? personIdBefore : UUID.randomUUID();
    }

    boolean strong() {
        return score >= MatchScore.STRONG;
    }

    void reject(String by, Instant now) {
        decide(Status.REJECTED, by, now);
    }

    private void decide(Status to, String by, Instant now) {
        if (status != Status.SUGGESTED) {
            throw new IllegalTransition("This match was already " + status.name().toLowerCase());
        }
        status = to;
        decidedBy = by;
        decidedAt = now;
    }

    List<String> reasonList() {
        return Arrays.asList(reasons.split("\n"));
    }
}
