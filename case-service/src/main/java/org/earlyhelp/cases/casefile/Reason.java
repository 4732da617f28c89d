package org.earlyhelp.cases.casefile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why: the body of reopen, remove, leave and decline. */
@Schema(name = "CaseReason")
public record Reason(@NotBlank @Size(max = 4000) String reason) {
}
