package org.earlyhelp.cases.team;

import static org.earlyhelp.platform.agency.Registered.Register.AGENCY;

import java.util.List;

import org.earlyhelp.platform.agency.Registered;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An agency (optionally a named practitioner of it) joining the team around the family, in a role, to see the case's
 * content of {@code dataCategories} (decision 0057); without them, the defaults for the agency's type.
 */
public record NewMember(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "must be an agency code") @Registered(AGENCY) String agency,
        @Size(max = 200) String practitionerName,
        @NotBlank @Size(max = 200) String role,
        @Schema(description = """
                The data categories of the case's content the member needs for its role: `concerns`, `health`, `education`, \
                `police-information`, `case-notes` (identity and contact come with every membership). consent-service is \
                asked for them; the member sees those it permits for every family member. Without them: `concerns`, \
                `case-notes` and the agency type's own (`police-information` for police, probation and youth justice, \
                `health` for health, mental health and substance misuse services, `education` for schools).""",
                example = "[\"concerns\", \"education\"]")
        @Size(min = 1, max = 5) List<@NotNull @Pattern(regexp = "concerns|health|education|police-information|case-notes",
                message = "must be one of concerns, health, education, police-information, case-notes") String> dataCategories) {
}
