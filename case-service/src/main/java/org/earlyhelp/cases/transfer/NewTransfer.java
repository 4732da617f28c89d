package org.earlyhelp.cases.transfer;

import static org.earlyhelp.platform.agency.Registered.Register.AGENCY;

import org.earlyhelp.platform.agency.Registered;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The lead asks another agency on the team to take the lead, and says why. */
public record NewTransfer(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "must be an agency code") @Registered(AGENCY) String toAgency,
        @NotBlank @Size(max = 4000) String reason) {
}
