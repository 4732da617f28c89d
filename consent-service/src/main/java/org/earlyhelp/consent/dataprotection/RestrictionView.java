package org.earlyhelp.consent.dataprotection;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Restriction", description = "Whether processing of the person's data is restricted now (under any id they are known by), and every restriction and lift asked for, newest first")
record RestrictionView(UUID personId, boolean restricted, List<PersonRequestView> history) {
}
