package org.earlyhelp.consent.lawfulbasis;

import static org.earlyhelp.platform.agency.Registered.Register.AGENCY;
import static org.earlyhelp.platform.agency.Registered.Register.AGENCY_TYPE;

import org.earlyhelp.platform.agency.Registered;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.earlyhelp.consent.sharing.DataCategory;
import org.earlyhelp.consent.sharing.LawfulBasisKind;
import org.earlyhelp.consent.sharing.Purpose;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

@Schema(name = "LawfulBasisRecord", description = "A decision to share without consent")
record LawfulBasisBody(
        @Schema(required = true) @NotNull UUID personId,
        @Schema(required = true, enumeration = { "risk-of-significant-harm", "prevention-detection-of-crime", "vital-interests", "legal-obligation" })
        @NotNull LawfulBasisKind kind,
        @Schema(required = true, description = "Why sharing without consent is necessary and proportionate",
                examples = "New referral shows a risk of significant harm to the baby; the mother's refusal cannot stand in the way")
        @NotBlank @Size(min = 20, max = 4000, message = "must explain the decision in 20 to 4000 characters") String justification,
        @Schema(required = true) @NotNull @Valid DecisionMaker decidedBy,
        @Schema(required = true) @NotEmpty @Size(max = 10) Set<@NotNull Purpose> purposes,
        @Size(max = 50) Set<@NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9-]+") @Registered(AGENCY) String> recipientAgencies,
        @Size(max = 20) Set<@NotBlank @Size(max = 50) @Pattern(regexp = "[a-z0-9-]+") @Registered(AGENCY_TYPE) String> recipientAgencyTypes,
        @Schema(required = true) @NotEmpty @Size(max = 10) Set<@NotNull DataCategory> dataCategories,
        @Schema(description = "From when it applies; absent = now") Instant validFrom,
        @Schema(description = "Until when it applies; absent = until recorded otherwise") Instant validUntil) {

    @Schema(name = "DecisionMaker", description = "The person who took the decision (not necessarily who records it)")
    record DecisionMaker(
            @Schema(required = true, examples = "Jo Patel") @NotBlank @Size(max = 200) String name,
            @Schema(examples = "Early Help Hub team manager") @Size(max = 200) String role) {
    }

    @JsonIgnore
    @AssertTrue(message = "must name at least one recipient agency or agency type")
    boolean isRecipientNamed() {
        return recipientAgencies != null && !recipientAgencies.isEmpty()
                || recipientAgencyTypes != null && !recipientAgencyTypes.isEmpty();
    }

    @JsonIgnore
    @AssertTrue(message = "must end after it starts")
    boolean isValidityOrdered() {
        return validFrom == null || validUntil == null || validFrom.isBefore(validUntil);
    }
}
