package org.earlyhelp.consent.consent;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.earlyhelp.platform.crypto.Sealed;

/** One version of a consent, exactly as it read then (a JSON snapshot of its view). Only ever added, never changed. */
@Entity
@Table(name = "consent_version")
@IdClass(ConsentVersion.Key.class)
class ConsentVersion {

    @Id
    @Column(name = "consent_id")
    UUID consentId;
    @Id
    int version;
    String change;
    @Column(name = "changed_at")
    Instant changedAt;
    @Column(name = "changed_by_user")
    String changedByUser;
    @Column(name = "changed_by_name")
    String changedByName;
    @Column(name = "changed_by_agency")
    String changedByAgency;
    @Convert(converter = Sealed.class)
    String reason;
    @Convert(converter = Sealed.class)
    String snapshot;

    protected ConsentVersion() {
    }

    ConsentVersion(UUID consentId, int version, ConsentChange change, String snapshot) {
        this.consentId = consentId;
        this.version = version;
        this.change = change.kind().code;
        this.changedAt = change.at();
        this.changedByUser = change.by().userId();
        this.changedByName = change.by().name();
        this.changedByAgency = change.by().agency();
        this.reason = change.reason();
        this.snapshot = snapshot;
    }

    /** The key: a consent and one of its versions. */
    static class Key implements Serializable {

        UUID consentId;
        int version;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && version == key.version && Objects.equals(consentId, key.consentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(consentId, version);
        }
    }
}
