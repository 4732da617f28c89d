package org.earlyhelp.consent.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.earlyhelp.consent.sharing.ConsentStatus;
import org.earlyhelp.consent.sharing.ConsentTerms;
import org.earlyhelp.consent.sharing.Period;
import org.earlyhelp.consent.sharing.Provision;
import org.earlyhelp.consent.sharing.ProvisionType;
import org.earlyhelp.platform.change.Actor;
import org.earlyhelp.platform.change.IllegalTransition;
import org.earlyhelp.platform.crypto.Sealed;
import org.earlyhelp.platform.crypto.SealedDate;

/**
 * A consent record about one person, shaped like FHIR's {@code Consent}: who gave or refused it
 * and how, when it is in force and its provisions. Its state changes only through the methods
 * below, each of which checks that the change is allowed; every change makes a new
 * {@link #version()} (optimistic locking, and the version a sharing decision names).
 */
@Entity
@Table(name = "consent")
class Consent {

    /** Who expires a consent whose period has ended: this service's own job. */
    static final Actor EXPIRY_JOB = Actor.system("consent-expiry");

    @Id
    @GeneratedValue
    UUID id;

    /** Starts at 1 (Hibernate keeps a non-null initial version) and goes up by one per committed change. */
    @Version
    int version = 1;

    @Column(name = "person_id", nullable = false, updatable = false)
    UUID personId;

    @Convert(converter = Sealed.class)

    @Column(name = "person_name", nullable = false)
    String personName;

    @Convert(converter = SealedDate.class)

    @Column(name = "person_birth_date")
    LocalDate personBirthDate;

    @Column(name = "grantor_kind", nullable = false)
    String grantorKind;

    @Convert(converter = Sealed.class)

    @Column(name = "grantor_name", nullable = false)
    String grantorName;

    @Column(nullable = false)
    String method;

    @Column(nullable = false)
    String status;

    @Column(name = "period_start", nullable = false)
    Instant periodStart;

    @Column(name = "period_end")
    Instant periodEnd;

    @Convert(converter = Sealed.class)

    @Column(name = "evidence_reference")
    String evidenceReference;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consent_provision", joinColumns = @JoinColumn(name = "consent_id"))
    @OrderColumn(name = "position")
    List<ProvisionColumns> provisions = new ArrayList<>();

    @Column(name = "recorded_by_user", nullable = false, updatable = false)
    String recordedByUser;

    @Column(name = "recorded_by_name", nullable = false, updatable = false)
    String recordedByName;

    @Column(name = "recorded_by_agency", nullable = false, updatable = false)
    String recordedByAgency;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    Instant recordedAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    /** When it was withdrawn or expired, by whom and why. */
    @Column(name = "ended_at")
    Instant endedAt;

    @Column(name = "ended_by_name")
    String endedByName;

    @Convert(converter = Sealed.class)

    @Column(name = "end_reason")
    String endReason;

    protected Consent() {
    }

    /** A new consent record (given or refused) about {@code personId}. */
    static Consent record(UUID personId, ConsentContent content, Actor by, Instant now) {
        Consent consent = new Consent();
        consent.personId = personId;
        consent.recordedByUser = by.userId();
        consent.recordedByName = by.name();
        consent.recordedByAgency = by.agency();
        consent.recordedAt = now;
        consent.apply(content, now);
        return consent;
    }

    /** Changes what the record says; a new version, the old one kept in the history. */
    ConsentChange amend(ConsentContent content, Actor by, Instant now) {
        if (statusAt(now).isFinal()) {
            throw new IllegalTransition("This consent is " + statusAt(now).code()
                    + " and can no longer change; record a new consent instead");
        }
        apply(content, now);
        return new ConsentChange(ConsentChange.Kind.AMENDED, by, now, null);
    }

    /**
     * The person withdraws (or a refusal is lifted). Takes effect at once: from this moment no
     * decision rests on it. Refused only when it is already withdrawn or expired.
     */
    ConsentChange withdraw(Actor by, String reason, Instant now) {
        ConsentStatus current = statusAt(now);
        if (current.isFinal()) {
            throw new IllegalTransition("This consent is already " + current.code());
        }
        end(ConsentStatus.WITHDRAWN, by, reason, now);
        return new ConsentChange(ConsentChange.Kind.WITHDRAWN, by, now, reason);
    }

    /** Marks a consent whose period has ended as expired (decisions already treat it so). */
    ConsentChange expire(Instant now) {
        if (status().isFinal() || periodEnd == null || now.isBefore(periodEnd)) {
            throw new IllegalStateException("Consent " + id + " has not lapsed");
        }
        end(ConsentStatus.EXPIRED, EXPIRY_JOB, "The consent period ended at " + periodEnd, now);
        endedAt = periodEnd;
        return new ConsentChange(ConsentChange.Kind.EXPIRED, EXPIRY_JOB, now, endReason);
    }

    /** The status in force at {@code moment}: lapsed consents count as expired before the job marks them. */
    ConsentStatus statusAt(Instant moment) {
        return terms().statusAt(moment);
    }

    ConsentTerms terms() {
        return new ConsentTerms(id, version, status(), period(), provisions());
    }

    UUID id() {
        return id;
    }

    int version() {
        return version;
    }

    UUID personId() {
        return personId;
    }

    ConsentStatus status() {
        return ConsentStatus.of(status);
    }

    Period period() {
        return new Period(periodStart, periodEnd);
    }

    List<Provision> provisions() {
        return provisions.stream().map(ProvisionColumns::toProvision).toList();
    }

    private void apply(ConsentContent content, Instant now) {
        if (content.status() != ConsentStatus.ACTIVE && content.status() != ConsentStatus.REFUSED) {
            throw ConsentConflict.unprocessable("A consent is recorded as active or refused; withdrawal and expiry have their own steps");
        }
        if (content.period().hasEndedAt(now)) {
            throw ConsentConflict.unprocessable("The consent period has already ended");
        }
        if (content.provisions().isEmpty()) {
            throw ConsentConflict.unprocessable("A consent needs at least one provision saying what it covers");
        }
        for (Provision provision : content.provisions()) {
            // A permit must say exactly what it allows: nothing is shared by omission.
            if (provision.type() == ProvisionType.PERMIT && !provision.scope().isExplicit()) {
                throw ConsentConflict.unprocessable(
                        "A permit provision must name its purposes, its recipients (agencies or agency types) and its data categories");
            }
        }
        if (content.status() == ConsentStatus.REFUSED
                && content.provisions().stream().anyMatch(provision -> provision.type() == ProvisionType.PERMIT)) {
            throw ConsentConflict.unprocessable("A refused consent permits nothing: write its provisions as deny");
        }
        personName = content.personName();
        personBirthDate = content.personBirthDate();
        grantorKind = content.grantorKind().code();
        grantorName = content.grantorName();
        method = content.method().code();
        status = content.status().code();
        periodStart = content.period().start() == null ? now : content.period().start();
        periodEnd = content.period().end();
        if (periodEnd != null && !periodStart.isBefore(periodEnd)) {
            throw ConsentConflict.unprocessable("The consent period must end after it starts");
        }
        evidenceReference = content.evidenceReference();
        provisions.clear();
        content.provisions().stream().map(ProvisionColumns::of).forEach(provisions::add);
        updatedAt = now;
    }

    private void end(ConsentStatus ended, Actor by, String reason, Instant now) {
        status = ended.code();
        endedAt = now;
        endedByName = by.name();
        endReason = reason;
        updatedAt = now;
    }
}
