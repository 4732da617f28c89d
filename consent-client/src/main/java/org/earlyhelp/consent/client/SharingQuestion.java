package org.earlyhelp.consent.client;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * May {@code recipientAgency} (an agency code) receive {@code dataCategories} about person
 * {@code personId} for {@code purpose}? Ask only for the categories the share needs. The recipient's
 * type is not asked for: consent-service takes it from the agency register.
 */
public record SharingQuestion(UUID personId, String recipientAgency, Purpose purpose, Set<DataCategory> dataCategories) {

    public SharingQuestion {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(recipientAgency, "recipientAgency");
        Objects.requireNonNull(purpose, "purpose");
        dataCategories = Set.copyOf(dataCategories);
        if (dataCategories.isEmpty()) {
            throw new IllegalArgumentException("Ask for at least one data category");
        }
    }
}
