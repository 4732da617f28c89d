package org.earlyhelp.referral.referral;

import static org.earlyhelp.platform.agency.Registered.Register.AREA;

import org.earlyhelp.platform.agency.Registered;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A referral as the referrer sends it. The referring agency and practitioner are never part of
 * it: they come from the token.
 *
 * @param area the district (as in the token's {@code areas}) whose hub triages the referral
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewReferral(
        @NotEmpty @Size(max = 10) List<@Valid @NotNull Child> children,
        @Size(max = 20) List<@Valid @NotNull HouseholdMember> household,
        @NotEmpty @Size(max = 20) List<@Valid @NotNull Concern> concerns,
        @Size(max = 4000) String whatHasBeenTried,
        @Size(max = 4000) String familyViews,
        @NotNull @Valid FamilyAgreement family,
        @NotNull Urgency urgency,
        @NotBlank @Size(max = 4000) String helpRequested,
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,62}", message = "must be a district code, e.g. eastmere") @Registered(AREA) String area) {

    public NewReferral {
        household = household == null ? List.of() : household;
    }

    /** Marked or detected: the referrer says so, or any concern is of significant harm. */
    @JsonIgnore
    public boolean immediateRisk() {
        return urgency == Urgency.IMMEDIATE_RISK
                || concerns.stream().anyMatch(concern -> concern.severity() == Severity.SIGNIFICANT_HARM);
    }

    /**
     * A child, or an unborn child (expected due date instead of date of birth; a first name is optional). A referrer
     * who does not know a born child's date of birth gives the year ({@code birthYear}), an approximate age
     * ({@code approximateAge}) or says so ({@code dateOfBirthUnknown}); exactly one of the four is given.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Child(
            @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @PastOrPresent LocalDate dateOfBirth,
            LocalDate expectedDueDate,
            @Pattern(regexp = "female|male|other|unknown") String sex,
            @NotNull @Valid Address address,
            @Size(max = 200) String school,
            @NhsNumber @Size(max = 12) String nhsNumber,
            @Schema(description = "The year of birth, when the referrer knows only that", examples = "2017")
            @Min(1900) Integer birthYear,
            @Schema(description = "The child's age in years as the referrer estimates it, when the date of birth is not known",
                    examples = "7")
            @Min(0) @Max(25) Integer approximateAge,
            @Schema(description = "true when the referrer does not know the date of birth, nor the year or an age")
            Boolean dateOfBirthUnknown) {

        /** As before dates of birth could be estimated: a known date of birth, or an expected due date. */
        public Child(String firstName, String lastName, LocalDate dateOfBirth, LocalDate expectedDueDate, String sex,
                Address address, String school, String nhsNumber) {
            this(firstName, lastName, dateOfBirth, expectedDueDate, sex, address, school, nhsNumber, null, null, null);
        }

        @JsonIgnore
        @AssertTrue(message = "give one of dateOfBirth, birthYear, approximateAge or dateOfBirthUnknown for a born child, "
                + "or expectedDueDate (for an unborn child) alone")
        public boolean isBornOrExpected() {
            int given = (dateOfBirth == null ? 0 : 1) + (birthYear == null ? 0 : 1) + (approximateAge == null ? 0 : 1)
                    + (Boolean.TRUE.equals(dateOfBirthUnknown) ? 1 : 0) + (expectedDueDate == null ? 0 : 1);
            return given == 1;
        }

        @JsonIgnore
        @AssertTrue(message = "birthYear cannot be in the future")
        public boolean isBirthYearPast() {
            return birthYear == null || birthYear <= Year.now(ZoneOffset.UTC).getValue();
        }

        @JsonIgnore
        @AssertTrue(message = "a born child needs a first name")
        public boolean isNamedIfBorn() {
            return unborn() || (firstName != null && !firstName.isBlank());
        }

        @JsonIgnore
        public boolean unborn() {
            return expectedDueDate != null;
        }

        /** What the referrer knows of the date of birth, on {@code today}; unknown for an unborn child. */
        public BirthDate birthDate(LocalDate today) {
            if (dateOfBirth != null) {
                return BirthDate.on(dateOfBirth);
            }
            if (birthYear != null) {
                return BirthDate.inYear(birthYear);
            }
            if (approximateAge != null) {
                return BirthDate.aged(approximateAge, today);
            }
            return BirthDate.unknown();
        }
    }

    /** Someone else in the household (parent, carer, sibling, partner), with their relationship to the children. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HouseholdMember(
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @PastOrPresent LocalDate dateOfBirth,
            @NotBlank @Size(max = 100) String relationship,
            @Size(max = 4000) String notes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Address(
            @NotBlank @Size(max = 200) String line1,
            @Size(max = 200) String line2,
            @NotBlank @Size(max = 100) String town,
            @NotBlank @Pattern(regexp = "[A-Za-z]{1,2}[0-9][0-9A-Za-z]? ?[0-9][A-Za-z]{2}", message = "must be a UK postcode")
            String postcode) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Concern(
            @NotNull ConcernCategory category,
            @NotBlank @Size(max = 4000) String description,
            @PastOrPresent LocalDate since,
            @NotNull Severity severity) {
    }

    /** Whether the family knows about and agrees to the referral; if not, why not. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FamilyAgreement(
            @NotNull Boolean knows,
            @NotNull Boolean agrees,
            @Size(max = 4000) String reasonIfNot) {

        @JsonIgnore
        @AssertTrue(message = "say why the family does not know or does not agree")
        public boolean isReasonGivenIfNot() {
            return (Boolean.TRUE.equals(knows) && Boolean.TRUE.equals(agrees)) || (reasonIfNot != null && !reasonIfNot.isBlank());
        }
    }
}
