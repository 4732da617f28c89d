package org.earlyhelp.consent.dataprotection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ErasureRequest", description = "Erase a person everywhere, or (dryRun) list what that would erase")
record ErasureBody(
        @Schema(description = "Kept sealed with the request and in every tombstone; never on the feed") @NotBlank @Size(max = 2000) String reason,
        @Schema(description = "true: list what each context would erase, erase nothing") @NotNull Boolean dryRun) {
}
