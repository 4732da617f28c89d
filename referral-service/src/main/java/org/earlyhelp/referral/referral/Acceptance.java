package org.earlyhelp.referral.referral;

import static org.earlyhelp.platform.agency.Registered.Register.AGENCY;

import org.earlyhelp.platform.agency.Registered;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The hub's decision to accept a referral for early help, with the agency that will lead the case. */
public record Acceptance(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "must be an agency code") @Registered(AGENCY) String leadAgency,
        @Size(max = 4000) String reason) {
}
