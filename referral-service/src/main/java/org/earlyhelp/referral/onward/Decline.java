package org.earlyhelp.referral.onward;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A receiving agency declines an onward referral; it must say why. */
public record Decline(@NotBlank @Size(max = 4000) String reason) {
}
