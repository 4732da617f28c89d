package org.earlyhelp.consent.decision;

import static org.earlyhelp.platform.agency.Registered.Register.AGENCY;

import org.earlyhelp.platform.agency.Registered;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.earlyhelp.consent.sharing.DataCategory;
import org.earlyhelp.consent.sharing.Purpose;
import org.earlyhelp.consent.sharing.Recipient;
import org.earlyhelp.consent.sharing.SharingQuestion;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SharingQuestion", description = "May `recipient` receive `dataCategories` about person `personId` for `purpose`?")
record QuestionBody(
        @Schema(required = true) @NotNull UUID personId,
        @Schema(required = true) @NotNull @Valid RecipientBody recipient,
        @Schema(required = true, enumeration = { "referral", "early-help-assessment", "team-around-family", "onward-referral" })
        @NotNull Purpose purpose,
        @Schema(required = true, description = "Only what the share needs",
                enumeration = { "identity", "contact", "concerns", "health", "education", "police-information", "case-notes" })
        @NotEmpty @Size(max = 10) Set<@NotNull DataCategory> dataCategories) {

    @Schema(name = "Recipient", description = "The agency that would receive the data, by its code in the agency register "
            + "(its type is the register's; a question cannot state it)")
    record RecipientBody(
            @Schema(required = true, examples = "brightstart-family-support") @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9-]+") @Registered(AGENCY) String agency) {
    }

    /** The question, with the recipient's type as the agency register gives it. */
    SharingQuestion toQuestion(String recipientType) {
        return new SharingQuestion(personId, new Recipient(recipient.agency(), recipientType), purpose, dataCategories);
    }
}
