package org.earlyhelp.cases.team;

import static org.earlyhelp.platform.agency.Registered.Register.AGENCY;

import org.earlyhelp.platform.agency.Registered;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An agency (optionally a named practitioner of it) joining the team around the family, in a role. */
public record NewMember(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "must be an agency code") @Registered(AGENCY) String agency,
        @Size(max = 200) String practitionerName,
        @NotBlank @Size(max = 200) String role) {
}
