package org.earlyhelp.referral.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.earlyhelp.platform.change.IllegalTransition;
import org.earlyhelp.platform.crypto.Sealed;

/**
 * Several agencies worried about the same person (a child or a member of their household) within
 * the window: the pattern no single agency sees. One open alert per person; later referrals join it.
 * An alert resting on strong matches the hub has not confirmed is {@code unconfirmed} and keeps those
 * links; one that no longer meets the rule once a link is rejected or undone is withdrawn (decision 0054).
 */
@Entity
@Table(name = "concern_alert")
class ConcernAlert {

    enum Status { OPEN, ACKNOWLEDGED, WITHDRAWN }

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
    boolean unconfirmed;
    @Column(name = "withdrawn_at")
    Instant withdrawnAt;
    @Column(name = "withdrawn_reason")
    String withdrawnReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "concern_alert_referral", joinColumns = @JoinColumn(name = "alert_id"))
    @Column(name = "referral_id")
    Set<UUID> referralIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "concern_alert_link", joinColumns = @JoinColumn(name = "alert_id"))
    @OrderBy("matchId")
    List<Link> links = new ArrayList<>();

    /**
     * A strong match the hub has not decided that the alert rests on: the person on {@code referralId} may be the person
     * named on {@code candidateReferralIds}. The ids are kept as one line of text, as the few they are.
     */
    @Embeddable
    record Link(@Column(name = "match_id") UUID matchId, @Column(name = "referral_id") UUID referralId,
            @Column(name = "candidate_referral_ids") String candidateReferralIds, double score) {

        static Link of(UUID matchId, UUID referralId, List<UUID> candidateReferralIds, double score) {
            return new Link(matchId, referralId, String.join(" ", candidateReferralIds.stream().map(UUID::toString).toList()), score);
        }

        List<UUID> candidateReferrals() {
            return candidateReferralIds.isBlank() ? List.of()
                    : java.util.Arrays.stream(candidateReferralIds.split(" ")).map(UUID::fromString).toList();
        }
    }

    protected ConcernAlert() {
    }

    ConcernAlert(UUID personId, String personName, String area, Instant now) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.personName = personName;
        this.area = area;
        this.status = Status.OPEN;
        this.raisedAt = now;
        this.updatedAt = now;
    }

    /** The referrals and links the alert rests on now; whether anything changed. */
    boolean restOn(Set<UUID> referrals, List<Link> candidateLinks, Instant now) {
        boolean changed = !referralIds.equals(referrals) || !Set.copyOf(links).equals(Set.copyOf(candidateLinks));
        if (changed) {
            referralIds.clear();
            referralIds.addAll(referrals);
            links.clear();
            links.addAll(candidateLinks);
            unconfirmed = !candidateLinks.isEmpty();
            updatedAt = now;
        }
        return changed;
    }

    /** The rule is no longer met (a link rejected or undone): the alert is withdrawn, with why. */
    void withdraw(String reason, Instant now) {
        status = Status.WITHDRAWN;
        withdrawnAt = now;
        withdrawnReason = reason;
        updatedAt = now;
    }

    boolean standing() {
        return status != Status.WITHDRAWN;
    }

    void acknowledge(String by, String note, Instant now) {
        if (status != Status.OPEN) {
            throw new IllegalTransition("This alert was already " + status.name().toLowerCase());
        }
        status = Status.ACKNOWLEDGED;
        acknowledgedBy = by;
        acknowledgedAt = now;
        this.note = note;
    }
}
