package org.earlyhelp.referral.amendment;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A version of what the referral says: which, who amended it and when, and the amendment as sent. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AmendmentView(
        @Schema(description = "The referral's content version this amendment made (2 for the first)") int contentVersion,
        Instant at,
        String by,
        String agency,
        Amendment amendment) {
}
