package org.earlyhelp.cases.alert;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.earlyhelp.platform.crypto.Sealed;

/**
 * Something the case's lead must know and acknowledge, e.g. that a withdrawn consent took a
 * member's access away. Names people by id only; acknowledged once, never deleted.
 */
@Entity
@Table(name = "case_alert")
public class CaseAlert {

    public static final String CONSENT_WITHDRAWN = "consent-withdrawn";
    public static final String CONSENT_EXPIRED = "consent-expired";
    public static final String CONSENT_AMENDED = "consent-amended";

    @Id
    UUID id;
    @Column(name = "case_id")
    UUID caseId;
    String kind;
    @Column(name = "person_id")
    UUID personId;
    @Column(name = "consent_id")
    UUID consentId;
    @Convert(converter = Sealed.class)
    String detail;
    @Column(name = "raised_at")
    Instant raisedAt;
    @Column(name = "acknowledged_at")
    Instant acknowledgedAt;
    @Column(name = "acknowledged_by")
    String acknowledgedBy;

    protected CaseAlert() {
    }

    public CaseAlert(UUID caseId, String kind, UUID personId, UUID consentId, String detail, Instant now) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.kind = kind;
        this.personId = personId;
        this.consentId = consentId;
        this.detail = detail;
        this.raisedAt = now;
    }

    /** Acknowledging twice changes nothing: the first acknowledgement stands. */
    void acknowledge(String by, Instant now) {
        if (acknowledgedAt == null) {
            acknowledgedAt = now;
            acknowledgedBy = by;
        }
    }

    public UUID id() { return id; }
    public UUID caseId() { return caseId; }
    public String kind() { return kind; }
    public UUID personId() { return personId; }
    public UUID consentId() { return consentId; }
    public String detail() { return detail; }
    public Instant raisedAt() { return raisedAt; }
    public Instant acknowledgedAt() { return acknowledgedAt; }
    public String acknowledgedBy() { return acknowledgedBy; }
}
