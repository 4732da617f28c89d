package org.earlyhelp.consent.subjectaccess;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubjectAccessPersonChoice", description = "The candidate the request is about")
record PersonChoiceBody(@NotNull UUID personId) {
}
