package org.earlyhelp.consent.dataprotection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DataProtectionReason", description = "Why the data protection officer asks this")
record ReasonBody(@Schema(description = "Kept sealed with the request; never on the feed") @NotBlank @Size(max = 2000) String reason) {
}
