package org.earlyhelp.cases.transfer;

import java.time.Instant;
import java.util.UUID;

/** A request to hand the lead on, and its answer, as the case's readers see it. */
public record TransferView(UUID id, UUID caseId, String caseReference, String fromAgency, String toAgency, String reason, TransferStatus status,
        Instant requestedAt, String requestedBy, Instant decidedAt, String decidedBy, String declineReason) {

    public static TransferView of(LeadTransfer transfer) {
        return new TransferView(transfer.id(), transfer.parent().id(), transfer.parent().reference(), transfer.fromAgency(), transfer.toAgency(), transfer.reason(),
                transfer.status(), transfer.requestedAt(), transfer.requestedBy(), transfer.decidedAt(), transfer.decidedBy(),
                transfer.declineReason());
    }
}
