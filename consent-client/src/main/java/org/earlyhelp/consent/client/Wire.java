package org.earlyhelp.consent.client;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The JSON of {@code POST /api/sharing-decisions}, as consent-service's OpenAPI document defines it. */
final class Wire {

    private Wire() {
    }

    record Question(UUID personId, Recipient recipient, Purpose purpose, Set<DataCategory> dataCategories) {

        static Question of(SharingQuestion question) {
            return new Question(question.personId(), new Recipient(question.recipientAgency()),
                    question.purpose(), question.dataCategories());
        }
    }

    record Recipient(String agency) {
    }

    /** Tolerant of fields consent-service adds later, whatever the using service's Jackson settings. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Decision(UUID id, String outcome, List<String> reasons, Basis basis) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Basis(UUID consentId, Integer consentVersion, UUID lawfulBasisId, String lawfulBasisKind) {
    }
}
