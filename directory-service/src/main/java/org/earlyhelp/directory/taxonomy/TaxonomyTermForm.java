package org.earlyhelp.directory.taxonomy;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;


/** A taxonomy term as an admin describes it; {@code term} is its code within the taxonomy (e.g. {@code housing}). */
public record TaxonomyTermForm(
        @NotNull UUID taxonomyId,
        @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case words joined by '-'") String term,
        @NotBlank @Size(max = 255) String name,
        @NotBlank @Size(max = 2000) String description,
        UUID parentId,
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") @Size(max = 2048) String termUri) {
}
