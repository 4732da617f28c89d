package org.earlyhelp.consent.client;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * May {@code recipientAgency} (of type {@code recipientAgencyType}) receive {@code dataCategories}
 * about person {@code personId} for {@code purpose}? Ask only for the categories the share needs.
 */
public record SharingQuestion(UUID personId, String recipientAgency, String recipientAgencyType, Purpose purpose,
        Set<DataCategory> dataCategories) {

    public SharingQuestion {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(recipientAgency, "recipientAgency");
        Objects.requireNonNull(recipientAgencyType, "recipientAgencyType");
        Objects.requireNonNull(purpose, "purpose");
        dataCategories = Set.copyOf(dataCategories);
        if (dataCategories.isEmpty()) {
            throw new IllegalArgumentException("Ask for at least one data category");
        }
    }
}
