package org.earlyhelp.cases.casefile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why: the body of reopen, remove, leave and decline. */
public record Reason(@NotBlank @Size(max = 4000) String reason) {
}
