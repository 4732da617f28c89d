package org.earlyhelp.referral.information;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The hub's question to the referrer, and the date by which it needs the answer (today or later, in the hub's zone). */
public record NewInformationRequest(
        @NotBlank @Size(max = 4000) String question,
        @Schema(description = "The date the hub needs the answer by (YYYY-MM-DD): today or later", examples = "2026-12-09")
        @NotNull LocalDate dueDate) {
}
