package org.earlyhelp.cases.transfer;

import java.time.Instant;
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

import org.earlyhelp.cases.casefile.Case;
import org.earlyhelp.platform.change.Actor;
import org.earlyhelp.platform.change.IllegalTransition;
import org.earlyhelp.platform.crypto.Sealed;

/** A request to hand the case's lead to another agency, and its answer. Kept whatever the answer. */
@Entity
@Table(name = "lead_transfer")
public class LeadTransfer {

    @Id
    UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    Case parent;
    @Column(name = "from_agency")
    String fromAgency;
    @Column(name = "to_agency")
    String toAgency;
    @Convert(converter = Sealed.class)
    String reason;
    @Enumerated(EnumType.STRING)
    TransferStatus status;
    @Column(name = "requested_at")
    Instant requestedAt;
    @Column(name = "requested_by")
    String requestedBy;
    @Column(name = "decided_at")
    Instant decidedAt;
    @Column(name = "decided_by")
    String decidedBy;
    @Convert(converter = Sealed.class)
    @Column(name = "decline_reason")
    String declineReason;

    protected LeadTransfer() {
    }

    LeadTransfer(Case parent, String toAgency, String reason, Actor by, Instant now) {
        this.id = UUID.randomUUID();
        this.parent = parent;
        this.fromAgency = parent.leadAgency();
        this.toAgency = toAgency;
        this.reason = reason;
        this.status = TransferStatus.REQUESTED;
        this.requestedAt = now;
        this.requestedBy = by.name();
    }

    void decide(TransferStatus outcome, String declineReason, Actor by, Instant now) {
        if (status != TransferStatus.REQUESTED) {
            throw new IllegalTransition("This transfer request is already " + status.value());
        }
        this.status = outcome;
        this.declineReason = declineReason;
        this.decidedAt = now;
        this.decidedBy = by.name();
    }

    public UUID id() { return id; }
    public Case parent() { return parent; }
    public String fromAgency() { return fromAgency; }
    public String toAgency() { return toAgency; }
    public String reason() { return reason; }
    public TransferStatus status() { return status; }
    public Instant requestedAt() { return requestedAt; }
    public String requestedBy() { return requestedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String decidedBy() { return decidedBy; }
    public String declineReason() { return declineReason; }
}
