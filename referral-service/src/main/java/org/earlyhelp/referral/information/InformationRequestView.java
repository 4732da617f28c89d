package org.earlyhelp.referral.information;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A question to the referrer as those who see the referral read it, with the pause and resumption of the decision clock. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InformationRequestView(
        UUID id,
        UUID referralId,
        @Schema(description = "`open` until answered, or withdrawn by the hub; `closed` when the referral was escalated or "
                + "withdrawn while it was open (then nobody answers it)", enumeration = { "open", "answered", "withdrawn", "closed" })
        String status,
        String question,
        LocalDate dueDate,
        @Schema(description = "true while open after its due date")
        boolean overdue,
        Instant requestedAt,
        String requestedBy,
        String requestedByAgency,
        String answer,
        @Schema(description = "When it was answered, withdrawn or closed")
        Instant settledAt,
        String settledBy,
        String settledByAgency,
        @Schema(description = "The decision clock stopped here (the request's time)")
        Instant pausedAt,
        @Schema(description = "The decision deadline when the clock stopped")
        Instant dueBeforePause,
        @Schema(description = "The working time then left, ISO 8601 (e.g. PT9H)")
        String remainingWorkingTime,
        @Schema(description = "The clock ran again here (the answer or withdrawal)")
        Instant resumedAt,
        @Schema(description = "The decision deadline from then on: the remaining working time added after the answer, "
                + "weekends and bank holidays skipped")
        Instant dueAfterResume) {

    static InformationRequestView of(InformationRequest request, LocalDate today) {
        return new InformationRequestView(request.id, request.referralId, request.status.value(), request.question, request.dueDate,
                request.open() && today.isAfter(request.dueDate), request.requestedAt, request.requestedByName,
                request.requestedByAgency, request.answer, request.settledAt, request.settledByName, request.settledByAgency,
                request.requestedAt, request.dueBeforePause, request.remaining().toString(),
                request.dueAfterResume == null ? null : request.settledAt, request.dueAfterResume);
    }
}
