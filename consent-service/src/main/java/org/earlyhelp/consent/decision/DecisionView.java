package org.earlyhelp.consent.decision;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.earlyhelp.consent.sharing.DataCategory;
import org.earlyhelp.consent.sharing.LawfulBasisKind;
import org.earlyhelp.consent.sharing.Outcome;
import org.earlyhelp.consent.sharing.Purpose;
import org.earlyhelp.consent.sharing.Reason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "SharingDecision", description = "A sharing decision, kept for the record whatever its outcome")
@JsonInclude(JsonInclude.Include.NON_NULL)
record DecisionView(
        UUID id,
        @Schema(enumeration = { "permit", "deny" }) Outcome outcome,
        @Schema(description = "Why; for a permit `consent-permits` or `lawful-basis`, for a deny every reason found",
                enumeration = { "consent-permits", "lawful-basis", "no-consent", "consent-refused", "consent-denies", "consent-withdrawn",
                        "consent-expired", "consent-not-yet-in-force", "purpose-not-covered", "recipient-not-covered",
                        "categories-not-covered", "lawful-basis-expired", "processing-restricted" })
        List<Reason> reasons,
        @Schema(description = "What the decision rests on: the consent and its version, or the lawful basis; "
                + "for a deny, the consent that forbids it if one does")
        Basis basis,
        Question question,
        Instant decidedAt,
        String askedBy,
        String askedByAgency) {

    @Schema(name = "SharingDecisionBasis")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Basis(UUID consentId, Integer consentVersion, UUID lawfulBasisId, LawfulBasisKind lawfulBasisKind) {
    }

    @Schema(name = "SharingDecisionQuestion")
    record Question(UUID personId, Recipient recipient, Purpose purpose, Set<DataCategory> dataCategories) {
    }

    @Schema(name = "SharingDecisionRecipient", description = "The agency asked about, with its type as the agency register gave it then")
    record Recipient(String agency, String agencyType) {
    }

    static DecisionView of(SharingDecision decision) {
        Basis basis = decision.consentId == null && decision.lawfulBasisId == null ? null
                : new Basis(decision.consentId, decision.consentVersion, decision.lawfulBasisId, decision.lawfulBasisKind());
        Set<DataCategory> categories = new TreeSet<>();
        Arrays.stream(decision.dataCategories).map(DataCategory::of).forEach(categories::add);
        return new DecisionView(decision.id, decision.outcome(), Arrays.stream(decision.reasons).map(Reason::of).toList(),
                basis, new Question(decision.personId,
                        new Recipient(decision.recipientAgency, decision.recipientAgencyType),
                        Purpose.of(decision.purpose), categories),
                decision.decidedAt, decision.askedByName, decision.askedByAgency);
    }
}
