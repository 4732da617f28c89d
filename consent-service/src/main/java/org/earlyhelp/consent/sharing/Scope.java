package org.earlyhelp.consent.sharing;

import java.util.Set;

/**
 * What a provision or lawful basis is about: purposes, recipients (agencies by code, or whole
 * agency types) and data categories. An empty set means "any", as an absent element does in a
 * FHIR provision; that is safe only for what forbids, so a permit must name every dimension
 * (see {@link #isExplicit()}).
 */
public record Scope(Set<Purpose> purposes, Set<String> agencies, Set<String> agencyTypes, Set<DataCategory> categories) {

    public Scope {
        purposes = Set.copyOf(purposes);
        agencies = Set.copyOf(agencies);
        agencyTypes = Set.copyOf(agencyTypes);
        categories = Set.copyOf(categories);
    }

    /** Names at least one purpose, one recipient and one category: nothing is permitted by omission. */
    public boolean isExplicit() {
        return !purposes.isEmpty() && !(agencies.isEmpty() && agencyTypes.isEmpty()) && !categories.isEmpty();
    }

    boolean coversPurpose(Purpose purpose) {
        return purposes.isEmpty() || purposes.contains(purpose);
    }

    boolean coversRecipient(Recipient recipient) {
        return agencies.isEmpty() && agencyTypes.isEmpty()
                || agencies.contains(recipient.agency()) || agencyTypes.contains(recipient.agencyType());
    }

    boolean coversAllOf(Set<DataCategory> asked) {
        return categories.isEmpty() || categories.containsAll(asked);
    }

    boolean coversAnyOf(Set<DataCategory> asked) {
        return categories.isEmpty() || asked.stream().anyMatch(categories::contains);
    }

    /** Everything asked falls within this scope. */
    boolean covers(SharingQuestion question) {
        return coversPurpose(question.purpose()) && coversRecipient(question.recipient())
                && coversAllOf(question.categories());
    }

    /** Some of what is asked falls within this scope: enough for a deny to bite. */
    boolean touches(SharingQuestion question) {
        return coversPurpose(question.purpose()) && coversRecipient(question.recipient())
                && coversAnyOf(question.categories());
    }
}
