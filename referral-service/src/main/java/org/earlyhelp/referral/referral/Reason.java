package org.earlyhelp.referral.referral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why: the body of escalate, no-further-action and withdraw. */
public record Reason(@NotBlank @Size(max = 4000) String reason) {
}
