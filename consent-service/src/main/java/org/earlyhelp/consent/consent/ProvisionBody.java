package org.earlyhelp.consent.consent;

import static org.earlyhelp.platform.agency.Registered.Register.AGENCY;
import static org.earlyhelp.platform.agency.Registered.Register.AGENCY_TYPE;

import org.earlyhelp.platform.agency.Registered;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.earlyhelp.consent.sharing.DataCategory;
import org.earlyhelp.consent.sharing.Provision;
import org.earlyhelp.consent.sharing.ProvisionType;
import org.earlyhelp.consent.sharing.Purpose;
import org.earlyhelp.consent.sharing.Scope;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Provision", description = """
        One rule of a consent. A `permit` must name purposes, recipients (agencies and/or agency types) and data \
        categories; in a `deny` an empty list means "any".""")
record ProvisionBody(
        @Schema(required = true) @NotNull ProvisionType type,
        @Schema(enumeration = { "referral", "early-help-assessment", "team-around-family", "onward-referral" })
        @Size(max = 10) Set<@NotNull Purpose> purposes,
        @Schema(description = "Agency codes", examples = "[\"brightstart-family-support\"]")
        @Size(max = 50) Set<@NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9-]+") @Registered(AGENCY) String> recipientAgencies,
        @Schema(description = "Agency types", examples = "[\"charity\", \"health\"]")
        @Size(max = 20) Set<@NotBlank @Size(max = 50) @Pattern(regexp = "[a-z0-9-]+") @Registered(AGENCY_TYPE) String> recipientAgencyTypes,
        @Schema(enumeration = { "identity", "contact", "concerns", "health", "education", "police-information", "case-notes" })
        @Size(max = 10) Set<@NotNull DataCategory> dataCategories,
        @Valid PeriodBody period) {

    Provision toProvision() {
        return new Provision(type, new Scope(orEmpty(purposes), orEmpty(recipientAgencies), orEmpty(recipientAgencyTypes),
                orEmpty(dataCategories)), period == null ? null : period.toPeriod());
    }

    static ProvisionBody of(Provision provision) {
        Scope scope = provision.scope();
        return new ProvisionBody(provision.type(), new java.util.TreeSet<>(scope.purposes()),
                new java.util.TreeSet<>(scope.agencies()), new java.util.TreeSet<>(scope.agencyTypes()),
                new java.util.TreeSet<>(scope.categories()), PeriodBody.of(provision.period()));
    }

    private static <T> Set<T> orEmpty(Set<T> values) {
        return values == null ? Set.of() : values;
    }
}
