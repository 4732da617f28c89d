package org.earlyhelp.referral.referral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why: the body of escalate, close-with-no-further-action and withdraw. */
@Schema(name = "ReferralReason")
public record Reason(@NotBlank @Size(max = 4000) String reason) {
}
