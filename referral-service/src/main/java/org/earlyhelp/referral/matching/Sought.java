package org.earlyhelp.referral.matching;

import org.earlyhelp.referral.referral.BirthDate;

/** The person "known to services" looks for: the details a referral gives of them. */
public record Sought(String firstName, String lastName, BirthDate born, String postcodeKey) {

    public Sought {
        born = born == null ? BirthDate.unknown() : born;
    }

    String nameKey() {
        return NameKeys.name(firstName, lastName);
    }

    String phoneticKey() {
        return NameKeys.phonetic(firstName, lastName);
    }

    String familyKey() {
        return NameKeys.family(lastName);
    }
}
