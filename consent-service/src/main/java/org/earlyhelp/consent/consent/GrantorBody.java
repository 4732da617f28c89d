package org.earlyhelp.consent.consent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Grantor", description = "Who gave or refused consent")
record GrantorBody(
        @Schema(required = true, enumeration = { "person", "parent-with-parental-responsibility", "competent-child" })
        @NotNull GrantorKind kind,
        @Schema(required = true, description = "Their name as they gave it", examples = "Sam Carter")
        @NotBlank @Size(max = 200) String name) {
}
