package org.earlyhelp.referral.information;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.earlyhelp.platform.change.Actor;
import org.earlyhelp.platform.change.IllegalTransition;
import org.earlyhelp.platform.crypto.Sealed;
import org.earlyhelp.referral.referral.ReferralStatus;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The hub's question to the referrer about a referral, open until the referrer answers it, the hub withdraws it, or the
 * referral leaves triage without it (escalated, or withdrawn by the referrer: closed, and the clock stays stopped). It
 * keeps what the decision clock needs to run again: where the referral was, the deadline when asked and the working time
 * then left. The question and the answer are free text about the family: sealed.
 */
@Entity
@Table(name = "information_request")
class InformationRequest {

    enum Status {
        OPEN("open"), ANSWERED("answered"), WITHDRAWN("withdrawn"),
        /** The referral left the hub's triage while the question was open (escalated, or withdrawn by the referrer). */
        CLOSED("closed");

        private final String value;

        Status(String value) {
            this.value = value;
        }

        @JsonValue
        String value() {
            return value;
        }
    }

    @Id
    UUID id;
    @Column(name = "referral_id")
    UUID referralId;
    @Enumerated(EnumType.STRING)
    Status status;
    @Convert(converter = Sealed.class)
    String question;
    @Column(name = "due_date")
    LocalDate dueDate;
    @Column(name = "requested_at")
    Instant requestedAt;
    @Column(name = "requested_by_user")
    String requestedByUser;
    @Column(name = "requested_by_name")
    String requestedByName;
    @Column(name = "requested_by_agency")
    String requestedByAgency;
    @Enumerated(EnumType.STRING)
    @Column(name = "status_before")
    ReferralStatus statusBefore;
    @Column(name = "due_before_pause")
    Instant dueBeforePause;
    @Column(name = "remaining_seconds")
    long remainingSeconds;
    @Convert(converter = Sealed.class)
    String answer;
    @Column(name = "settled_at")
    Instant settledAt;
    @Column(name = "settled_by_user")
    String settledByUser;
    @Column(name = "settled_by_name")
    String settledByName;
    @Column(name = "settled_by_agency")
    String settledByAgency;
    @Column(name = "due_after_resume")
    Instant dueAfterResume;
    @Version
    long version;

    protected InformationRequest() {
    }

    InformationRequest(UUID referralId, String question, LocalDate dueDate, ReferralStatus statusBefore, Instant dueBeforePause,
            Duration remaining, Actor by, Instant now) {
        this.id = UUID.randomUUID();
        this.referralId = referralId;
        this.status = Status.OPEN;
        this.question = question;
        this.dueDate = dueDate;
        this.requestedAt = now;
        this.requestedByUser = by.userId();
        this.requestedByName = by.name();
        this.requestedByAgency = by.agency();
        this.statusBefore = statusBefore;
        this.dueBeforePause = dueBeforePause;
        this.remainingSeconds = remaining.getSeconds();
    }

    /** The referrer's answer; the clock runs again to {@code resumedDue}. */
    void answer(String text, Instant resumedDue, Actor by, Instant now) {
        settle(Status.ANSWERED, resumedDue, by, now);
        this.answer = text;
    }

    /** The hub no longer needs the answer; the clock runs again to {@code resumedDue}. */
    void withdraw(Instant resumedDue, Actor by, Instant now) {
        settle(Status.WITHDRAWN, resumedDue, by, now);
    }

    /** The referral was escalated or withdrawn while the question was open: nobody will answer it, and no clock resumes. */
    void close(Actor by, Instant now) {
        settle(Status.CLOSED, null, by, now);
    }

    private void settle(Status to, Instant resumedDue, Actor by, Instant now) {
        if (status != Status.OPEN) {
            throw new IllegalTransition("This request for information is " + status.value() + " already");
        }
        status = to;
        settledAt = now;
        settledByUser = by.userId();
        settledByName = by.name();
        settledByAgency = by.agency();
        dueAfterResume = resumedDue;
    }

    boolean open() {
        return status == Status.OPEN;
    }

    Duration remaining() {
        return Duration.ofSeconds(remainingSeconds);
    }
}
