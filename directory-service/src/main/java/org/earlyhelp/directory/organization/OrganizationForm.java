package org.earlyhelp.directory.organization;

import static org.earlyhelp.platform.agency.Registered.Register.AGENCY;

import org.earlyhelp.platform.agency.Registered;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;


/**
 * What an admin (or a feed) says about an organisation. {@code agencyCode} links it to the
 * platform agency whose inbox receives onward referrals to its services.
 */
public record OrganizationForm(
        @NotBlank @Size(max = 255) String name,
        @NotBlank @Size(max = 10_000) String description,
        @Email @Size(max = 255) String email,
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") @Size(max = 2048) String website,
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") @Size(max = 2048) String logo,
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") @Size(max = 2048) String uri,
        UUID parentOrganizationId,
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a platform agency code such as northshire-recovery")
        @Size(max = 100) @Registered(AGENCY) String agencyCode) {
}
