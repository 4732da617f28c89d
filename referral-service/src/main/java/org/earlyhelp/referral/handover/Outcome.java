package org.earlyhelp.referral.handover;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The front door's outcome for a hand-over, with its note (for the hub when the referral comes back to early help). */
@Schema(name = "HandOverOutcome")
public record Outcome(
        @Schema(required = true, enumeration = { "s47-enquiry", "child-in-need-assessment",
                "no-further-action-returned-to-early-help" }) @NotNull FrontDoorOutcome outcome,
        @Schema(required = true, description = "Why, and for a return what the hub should know")
        @NotBlank @Size(max = 4000) String note) {
}
