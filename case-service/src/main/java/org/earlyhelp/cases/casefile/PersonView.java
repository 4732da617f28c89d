package org.earlyhelp.cases.casefile;

import java.time.LocalDate;
import java.util.UUID;

/** A family member on the case as its readers see them. */
public record PersonView(UUID personId, boolean child, String displayName, String givenName, String familyName,
        LocalDate dateOfBirth, String postcode, String relationship, String source) {

    public static PersonView of(CasePerson person) {
        return new PersonView(person.personId(), person.child(), person.displayName(), person.givenName(),
                person.familyName(), person.dateOfBirth(), person.postcode(), person.relationship(), person.source());
    }
}
