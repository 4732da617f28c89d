package org.earlyhelp.referral.familycase;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An open case about a child on a referral, as the hub of the referral's area may know it: that it exists, its
 * reference and its lead agency, and which of the referral's children it is about. Nothing of its content.
 */
@Schema(description = "An open case about a child on this referral: accept with `joinCaseId` to add the referral to it")
public record OpenCase(UUID caseId, String reference, String leadAgency,
        @Schema(description = "The referral's children the case is about") List<UUID> childPersonIds) {
}
