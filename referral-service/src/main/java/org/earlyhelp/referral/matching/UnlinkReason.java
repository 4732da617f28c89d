package org.earlyhelp.referral.matching;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the hub undoes a confirmed match: required (a missing or blank reason is refused with 422). */
@Schema(name = "UnlinkReason")
public record UnlinkReason(
        @Schema(description = "Why the two are not the same person after all; kept in the referral's history", required = true,
                maxLength = 4000)
        @Size(max = 4000) String reason) {

    boolean given() {
        return reason != null && !reason.isBlank();
    }
}
