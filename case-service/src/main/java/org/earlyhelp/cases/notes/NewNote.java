package org.earlyhelp.cases.notes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A note for the chronology; {@code restricted} keeps it to the author's agency. */
public record NewNote(@NotBlank @Size(max = 8000) String text, boolean restricted) {
}
