package org.earlyhelp.consent.subjectaccess;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubjectAccessRequestBody", description = "Who the request is about: a personId, or givenName, familyName and dateOfBirth "
        + "(referral-service's matching index then gives candidates to choose from)")
record SubjectAccessBody(
        @Schema(examples = "7e51c2a4-0b1f-4c59-9a55-2f4d3c1b8e90") UUID personId,
        @Schema(examples = "Riley") @Size(min = 1, max = 100) String givenName,
        @Schema(examples = "Carter") @Size(min = 1, max = 100) String familyName,
        @Schema(examples = "2015-04-01") @PastOrPresent LocalDate dateOfBirth,
        @Schema(description = "The data protection officer's own case reference", examples = "DPO-2026-014") @Size(max = 100) String reference) {

    boolean byPersonId() {
        return personId != null && givenName == null && familyName == null && dateOfBirth == null;
    }

    boolean byNameAndBirthDate() {
        return personId == null && givenName != null && familyName != null && dateOfBirth != null;
    }
}
