package org.earlyhelp.referral.alert;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.earlyhelp.platform.change.IllegalTransition;
import org.earlyhelp.platform.crypto.Sealed;

/**
 * Several agencies worried about the same person (a child or a member of their household) within
 * the window: the pattern no single agency sees. One open alert per person; later referrals join it.
 */
@Entity
@Table(name = "concern_alert")
class ConcernAlert {

    enum Status { OPEN, ACKNOWLEDGED }

    @Id
    UUID id;
    @Column(name = "person_id")
    UUID personId;
    @Convert(converter = Sealed.class)
    @Column(name = "person_name")
    String personName;
    String area;
    @Enumerated(EnumType.STRING)
    Status status;
    @Column(name = "raised_at")
    Instant raisedAt;
    @Column(name = "updated_at")
    Instant updatedAt;
    @Column(name = "acknowledged_by")
    String acknowledgedBy;
    @Column(name = "acknowledged_at")
    Instant acknowledgedAt;
    @Convert(converter = Sealed.class)
    String note;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "concern_alert_referral", joinColumns = @JoinColumn(name = "alert_id"))
    @Column(name = "referral_id")
    Set<UUID> referralIds = new LinkedHashSet<>();

    protected ConcernAlert() {
    }

    ConcernAlert(UUID personId, String personName, String area, Set<UUID> referrals, Instant now) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.personName = personName;
        this.area = area;
        this.status = Status.OPEN;
        this.raisedAt = now;
        this.updatedAt = now;
        this.referralIds.addAll(referrals);
    }

    /** More referrals about the same person while the alert is open. */
    boolean add(Set<UUID> referrals, Instant now) {
        boolean grew = referralIds.addAll(referrals);
        if (grew) {
            updatedAt = now;
        }
        return grew;
    }

    void acknowledge(String by, String note, Instant now) {
        if (status != Status.OPEN) {
            throw new IllegalTransition("This alert was already acknowledged");
        }
        status = Status.ACKNOWLEDGED;
        acknowledgedBy = by;
        acknowledgedAt = now;
        this.note = note;
    }
}
