package org.earlyhelp.cases.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The early help assessment of one headline need. */
public record NeedAssessment(@NotNull Severity severity, @Size(max = 4000) String notes) {
}
