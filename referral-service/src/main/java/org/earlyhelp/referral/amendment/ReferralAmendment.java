package org.earlyhelp.referral.amendment;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.earlyhelp.platform.change.Actor;
import org.earlyhelp.platform.crypto.Sealed;

/**
 * One version of what a referral says: the referrer's amendment as sent, who and when, and the content it replaced (so
 * every earlier version can be read back). Both are what the referral says about the family: sealed. Never changed.
 */
@Entity
@Table(name = "referral_amendment")
class ReferralAmendment {

    @Id
    UUID id;
    @Column(name = "referral_id")
    UUID referralId;
    @Column(name = "content_version")
    int contentVersion;
    Instant at;
    @Column(name = "actor_user")
    String actorUser;
    @Column(name = "actor_name")
    String actorName;
    @Column(name = "actor_agency")
    String actorAgency;
    @Convert(converter = Sealed.class)
    String amendment;
    @Convert(converter = Sealed.class)
    @Column(name = "previous_content")
    String previousContent;

    protected ReferralAmendment() {
    }

    ReferralAmendment(UUID referralId, int contentVersion, String amendment, String previousContent, Actor by, Instant at) {
        this.id = UUID.randomUUID();
        this.referralId = referralId;
        this.contentVersion = contentVersion;
        this.amendment = amendment;
        this.previousContent = previousContent;
        this.actorUser = by.userId();
        this.actorName = by.name();
        this.actorAgency = by.agency();
        this.at = at;
    }
}
