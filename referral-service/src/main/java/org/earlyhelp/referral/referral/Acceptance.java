package org.earlyhelp.referral.referral;

import static org.earlyhelp.platform.agency.Registered.Register.AGENCY;

import java.util.UUID;

import org.earlyhelp.platform.agency.Registered;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The hub's decision to accept a referral for early help, with the agency that will lead the case; or, when a child on
 * it already has an open case, to join that case ({@code joinCaseId}, whose lead agency is then {@code leadAgency}).
 */
public record Acceptance(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "must be an agency code") @Registered(AGENCY) String leadAgency,
        @Size(max = 4000) String reason,
        @Schema(description = "The open case of a child on this referral to add the referral to, instead of opening another "
                + "(as the `open-case` problem names it); `leadAgency` must then be that case's lead agency")
        UUID joinCaseId) {

    public Acceptance(String leadAgency, String reason) {
        this(leadAgency, reason, null);
    }
}
