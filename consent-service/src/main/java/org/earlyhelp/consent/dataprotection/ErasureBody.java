package org.earlyhelp.consent.dataprotection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ErasureRequest", description = "Erase a person everywhere, or (dryRun) list what that would erase")
record ErasureBody(
        @Schema(description = "Kept sealed with the request and in every tombstone; never on the feed",
                examples = "Art. 17 request of 2 March: the referral led nowhere and the family asks to be forgotten") @NotBlank @Size(max = 2000) String reason,
        @Schema(description = "true: list what each context would erase, erase nothing", examples = "true") @NotNull Boolean dryRun) {
}
