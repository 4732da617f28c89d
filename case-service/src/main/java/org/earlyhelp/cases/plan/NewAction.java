package org.earlyhelp.cases.plan;

import static org.earlyhelp.platform.agency.Registered.Register.AGENCY;

import org.earlyhelp.platform.agency.Registered;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An action for the family plan: what, which agency (the lead or a team member) owns it, by when.
 * A due date already past is allowed (a plan agreed at a meeting is often recorded afterwards); the
 * action is then overdue at once.
 */
public record NewAction(
        @NotBlank @Size(max = 2000) String description,
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "must be an agency code") @Registered(AGENCY) String ownerAgency,
        @NotNull LocalDate dueDate) {
}
