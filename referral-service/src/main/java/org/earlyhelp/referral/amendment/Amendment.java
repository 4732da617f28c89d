package org.earlyhelp.referral.amendment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.earlyhelp.referral.referral.NewReferral;
import org.earlyhelp.referral.referral.NhsNumber;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a referrer may add to or correct on its referral before the hub decides it (decision 0063): new concerns,
 * corrected identifying details of a person on it, and the family's views and agreement. Nothing else: urgency, area,
 * the help asked for and who is on the referral stay as submitted (a field not listed here is a 400).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Amendment(
        @Schema(description = "Concerns to add to those already on the referral")
        @Size(max = 20) List<NewReferral.@Valid @NotNull Concern> newConcerns,
        @Schema(description = "Corrected details of people on the referral, each by its `personId`")
        @Size(max = 30) List<@Valid @NotNull PersonDetails> corrections,
        @Schema(description = "The family's views as they are now: replaces what the referral said")
        @Size(max = 4000) String familyViews,
        @Schema(description = "Whether the family knows and agrees now: replaces what the referral said")
        @Valid NewReferral.FamilyAgreement family,
        @Schema(description = "Why the referral is amended; kept in its history")
        @Size(max = 4000) String note) {

    public Amendment {
        newConcerns = newConcerns == null ? List.of() : newConcerns;
        corrections = corrections == null ? List.of() : corrections;
    }

    @JsonIgnore
    @AssertTrue(message = "give at least one of newConcerns, corrections, familyViews or family")
    public boolean isAmendingSomething() {
        return !newConcerns.isEmpty() || !corrections.isEmpty() || familyViews != null || family != null;
    }

    /**
     * A person's corrected details; a field left out stays as it is. A postcode and an NHS number are a child's (a
     * household member has neither on a referral); a date of birth is a born child's or a household member's.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PersonDetails(
            @NotNull UUID personId,
            @Size(max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String firstName,
            @Size(max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String lastName,
            @PastOrPresent LocalDate dateOfBirth,
            @Pattern(regexp = "[A-Za-z]{1,2}[0-9][0-9A-Za-z]? ?[0-9][A-Za-z]{2}", message = "must be a UK postcode") String postcode,
            @NhsNumber @Size(max = 12) String nhsNumber) {

        @JsonIgnore
        @AssertTrue(message = "give at least one of firstName, lastName, dateOfBirth, postcode or nhsNumber")
        public boolean isCorrectingSomething() {
            return firstName != null || lastName != null || dateOfBirth != null || postcode != null || nhsNumber != null;
        }

        /** Names, date of birth or postcode: what "known to services" matching searches by. */
        @JsonIgnore
        boolean changesIdentity() {
            return firstName != null || lastName != null || dateOfBirth != null || postcode != null;
        }
    }
}
