package org.earlyhelp.consent.consent;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConsentVersion", description = "One version of a consent record: what changed, who changed it, and the record as it then read")
record ConsentVersionView(
        int version,
        @Schema(enumeration = { "recorded", "amended", "withdrawn", "expired" }) String change,
        Instant changedAt,
        String changedBy,
        String changedByAgency,
        String reason,
        ConsentView consent) {
}
