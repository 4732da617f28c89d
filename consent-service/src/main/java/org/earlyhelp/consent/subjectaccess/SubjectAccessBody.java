package org.earlyhelp.consent.subjectaccess;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubjectAccessRequestBody", description = "Who the request is about: a personId, or givenName, familyName and dateOfBirth "
        + "(referral-service's matching index then gives candidates to choose from)")
record SubjectAccessBody(
        UUID personId,
        @Size(min = 1, max = 100) String givenName,
        @Size(min = 1, max = 100) String familyName,
        @PastOrPresent LocalDate dateOfBirth,
        @Schema(description = "The data protection officer's own case reference") @Size(max = 100) String reference) {

    boolean byPersonId() {
        return personId != null && givenName == null && familyName == null && dateOfBirth == null;
    }

    boolean byNameAndBirthDate() {
        return personId == null && givenName != null && familyName != null && dateOfBirth != null;
    }
}
