package org.earlyhelp.consent.subjectaccess;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

@Schema(name = "SubjectAccessRequest", description = "A subject access request: its status, who asked and when, and how much each context holds")
@JsonInclude(JsonInclude.Include.NON_NULL)
record SubjectAccessView(
        UUID id,
        @Schema(enumeration = { "choose-person", "complete" }) String status,
        UUID personId,
        String reference,
        Officer requestedBy,
        Instant requestedAt,
        Instant completedAt,
        @Schema(description = "How many records each context holds about the person, by context") Map<String, Integer> records,
        @Schema(description = "How many reads and changes of the person's records the access log lists") Integer accessLog,
        @Schema(description = "How many entries about other people the bundle lists apart, for redaction") Integer thirdParties,
        @Schema(description = "While choose-person: referral-service's candidates (personId, givenName, familyName, dateOfBirth, "
                + "score, referrals)") JsonNode candidates) {

    @Schema(name = "SubjectAccessOfficer")
    record Officer(String username, String agency) {
    }
}
