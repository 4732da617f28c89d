package org.earlyhelp.consent.sharing;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** May {@code recipient} receive {@code categories} of data about person {@code personId} for {@code purpose}? */
public record SharingQuestion(UUID personId, Recipient recipient, Purpose purpose, Set<DataCategory> categories) {

    public SharingQuestion {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(purpose, "purpose");
        categories = Set.copyOf(categories);
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("A share carries at least one data category");
        }
    }
}
