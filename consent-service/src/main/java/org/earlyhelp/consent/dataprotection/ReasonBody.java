package org.earlyhelp.consent.dataprotection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DataProtectionReason", description = "Why the data protection officer asks this")
record ReasonBody(@Schema(description = "Kept sealed with the request; never on the feed",
        examples = "The father contests the accuracy of the police information (UK GDPR Art. 18(1)(a)), letter of 2 March") @NotBlank @Size(max = 2000) String reason) {
}
