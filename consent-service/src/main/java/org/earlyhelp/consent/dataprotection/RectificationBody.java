package org.earlyhelp.consent.dataprotection;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Rectification", description = "The person's corrected details (at least one) and why")
record RectificationBody(
        @Schema(examples = "Riley") @Size(min = 1, max = 100) String givenName,
        @Schema(examples = "Carter-Lowe") @Size(min = 1, max = 100) String familyName,
        @Schema(examples = "2015-04-01") @PastOrPresent LocalDate dateOfBirth,
        @Schema(description = "Why, kept sealed with the request; never on the feed",
                examples = "Mother's letter of 2 March with the birth certificate: the family name was recorded wrongly") @NotBlank @Size(max = 2000) String reason) {

    boolean correctsNothing() {
        return givenName == null && familyName == null && dateOfBirth == null;
    }
}
