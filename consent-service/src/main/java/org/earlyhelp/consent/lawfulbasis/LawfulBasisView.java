package org.earlyhelp.consent.lawfulbasis;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "LawfulBasis", description = "A recorded lawful basis for sharing without consent")
@JsonInclude(JsonInclude.Include.NON_NULL)
record LawfulBasisView(UUID id, UUID personId, String kind, String justification, LawfulBasisBody.DecisionMaker decidedBy,
        List<String> purposes, List<String> recipientAgencies, List<String> recipientAgencyTypes, List<String> dataCategories,
        Instant validFrom, Instant validUntil, String recordedBy, String recordedByAgency, Instant recordedAt,
        @Schema(description = "Present, true, while the data protection officer restricts processing of the person's data")
        Boolean restricted) {

    static LawfulBasisView of(LawfulBasis basis) {
        return new LawfulBasisView(basis.id, basis.personId, basis.kind, basis.justification,
                new LawfulBasisBody.DecisionMaker(basis.decidedBy, basis.decidedByRole), List.of(basis.purposes),
                List.of(basis.recipientAgencies), List.of(basis.recipientAgencyTypes), List.of(basis.dataCategories),
                basis.validFrom, basis.validUntil, basis.recordedByName, basis.recordedByAgency, basis.recordedAt, null);
    }

    /** The same view of a person whose processing is restricted. */
    LawfulBasisView asRestricted() {
        return new LawfulBasisView(id, personId, kind, justification, decidedBy, purposes, recipientAgencies, recipientAgencyTypes,
                dataCategories, validFrom, validUntil, recordedBy, recordedByAgency, recordedAt, Boolean.TRUE);
    }
}
