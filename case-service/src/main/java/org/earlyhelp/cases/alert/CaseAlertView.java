package org.earlyhelp.cases.alert;

import java.time.Instant;
import java.util.UUID;

/** A case alert as the lead reads it; {@code status} is {@code open} until acknowledged. */
public record CaseAlertView(UUID id, UUID caseId, String kind, UUID personId, UUID consentId, String detail, Instant raisedAt,
        String status, Instant acknowledgedAt, String acknowledgedBy) {

    static CaseAlertView of(CaseAlert alert) {
        return new CaseAlertView(alert.id(), alert.caseId(), alert.kind(), alert.personId(), alert.consentId(), alert.detail(),
                alert.raisedAt(), alert.acknowledgedAt() == null ? "open" : "acknowledged", alert.acknowledgedAt(),
                alert.acknowledgedBy());
    }
}
