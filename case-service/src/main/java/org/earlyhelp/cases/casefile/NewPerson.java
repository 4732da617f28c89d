package org.earlyhelp.cases.casefile;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A family member given by hand (a new baby, a partner, a relative who moved in). {@code personId}
 * only when the person is already known by one (e.g. from another referral); otherwise this
 * service gives them one.
 */
public record NewPerson(
        UUID personId,
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @PastOrPresent LocalDate dateOfBirth,
        @Pattern(regexp = "[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}", message = "must be a UK postcode") String postcode,
        @Size(max = 100) String relationship,
        boolean child) {

    public Opening.Person toPerson() {
        return new Opening.Person(personId == null ? UUID.randomUUID() : personId, child,
                child ? givenName + " " + familyName : null, givenName, familyName, dateOfBirth,
                postcode == null ? null : postcode.toUpperCase(java.util.Locale.ROOT), relationship, CasePerson.BY_HAND);
    }
}
