package org.earlyhelp.referral.onward;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.earlyhelp.platform.change.IllegalTransition;
import org.earlyhelp.platform.crypto.Sealed;

/** A referral passed on to a partner service in the directory, with exactly what was shared. */
@Entity
@Table(name = "onward_referral")
class OnwardReferral {

    @Id
    UUID id;
    @Column(name = "referral_id")
    UUID referralId;
    String area;
    @Column(name = "referring_agency")
    String referringAgency;
    @Column(name = "service_id")
    UUID serviceId;
    @Column(name = "service_name")
    String serviceName;
    @Column(name = "receiving_agency")
    String receivingAgency;
    @Convert(converter = Sealed.class)
    String note;
    @Enumerated(EnumType.STRING)
    OnwardStatus status;
    /** JSON of {@link SharedContent}; null while nothing may be shared. */
    @Convert(converter = Sealed.class)
    String shared;
    @Column(name = "consent_reasons")
    String consentReasons;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "created_by")
    String createdBy;
    @Column(name = "sent_at")
    Instant sentAt;
    @Column(name = "decided_at")
    Instant decidedAt;
    @Column(name = "decided_by")
    String decidedBy;
    @Convert(converter = Sealed.class)
    @Column(name = "decline_reason")
    String declineReason;
    /** When consent-service's feed last said a consent about someone on it changed, until it is asked again. */
    @Column(name = "recheck_requested_at")
    Instant recheckRequestedAt;
    @Column(name = "closed_at")
    Instant closedAt;
    @Version
    long version;

    protected OnwardReferral() {
    }

    OnwardReferral(UUID referralId, String area, String referringAgency, UUID serviceId, String serviceName,
            String receivingAgency, String note, String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.referralId = referralId;
        this.area = area;
        this.referringAgency = referringAgency;
        this.serviceId = serviceId;
        this.serviceName = serviceName;
        this.receivingAgency = receivingAgency;
        this.note = note;
        this.status = OnwardStatus.AWAITING_CONSENT;
        this.createdAt = now;
        this.createdBy = createdBy;
    }

    /** Consent permits something: it goes to the receiving agency's inbox with only that. */
    void send(String sharedJson, String reasons, Instant now) {
        requireStatus(OnwardStatus.AWAITING_CONSENT, "sent");
        shared = sharedJson;
        consentReasons = reasons;
        status = OnwardStatus.SENT;
        sentAt = now;
        recheckRequestedAt = null;
    }

    /** Nothing may be shared yet: it waits, and says why. */
    void keepWaiting(String reasons) {
        requireStatus(OnwardStatus.AWAITING_CONSENT, "kept waiting");
        consentReasons = reasons;
    }

    /** A consent about someone on it was recorded or changed: consent-service is to be asked again. */
    void consentChanged(Instant at) {
        if (status == OnwardStatus.AWAITING_CONSENT) {
            recheckRequestedAt = at;
        }
    }

    /** consent-service was asked again and answered (permit or deny). */
    void rechecked() {
        recheckRequestedAt = null;
    }

    /** Waited too long with nothing permitted: closed, nothing shared. */
    void closeWithoutConsent(String reason, Instant now) {
        requireStatus(OnwardStatus.AWAITING_CONSENT, "closed for want of consent");
        status = OnwardStatus.CONSENT_NOT_GIVEN;
        consentReasons = reason;
        recheckRequestedAt = null;
        closedAt = now;
    }

    void accept(String by, Instant now) {
        requireStatus(OnwardStatus.SENT, "accepted");
        status = OnwardStatus.ACCEPTED;
        decidedBy = by;
        decidedAt = now;
    }

    void decline(String reason, String by, Instant now) {
        requireStatus(OnwardStatus.SENT, "declined");
        status = OnwardStatus.DECLINED;
        declineReason = reason;
        decidedBy = by;
        decidedAt = now;
    }

    private void requireStatus(OnwardStatus required, String to) {
        if (status != required) {
            throw new IllegalTransition("An onward referral that is " + status.value() + " cannot be " + to);
        }
    }
}
