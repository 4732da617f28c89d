package org.earlyhelp.directory.taxonomy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A taxonomy as an admin describes it; {@code version} is the vocabulary's own edition label. */
public record TaxonomyForm(
        @NotBlank @Size(max = 255) String name,
        @NotBlank @Size(max = 2000) String description,
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") @Size(max = 2048) String uri,
        @Size(max = 50) String version) {
}
