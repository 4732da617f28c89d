package org.earlyhelp.consent.dataprotection;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PersonRequest", description = "A rectification, restriction, lift or erasure a data protection officer asked for")
record PersonRequestView(UUID id, UUID personId,
        @Schema(enumeration = { "rectification", "restriction", "restriction-lift", "erasure" }) String kind, String reason,
        String requestedBy, String agency, Instant requestedAt) {

    static PersonRequestView of(PersonRequest request) {
        return new PersonRequestView(request.id, request.personId, request.kind, request.reason, request.requestedBy, request.agency,
                request.requestedAt);
    }
}
