package org.earlyhelp.cases.casefile;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A family member on the case as its readers see them; {@code restricted}: a data protection officer restricted processing
 * of the person (decision 0062).
 */
public record PersonView(UUID personId, boolean child, String displayName, String givenName, String familyName,
        LocalDate dateOfBirth, String postcode, String relationship, String source, boolean restricted) {

    /** The person, not restricted. */
    public static PersonView of(CasePerson person) {
        return of(person, Set.of());
    }

    /** The person, restricted if among {@code restricted} (the ids on the case of the restricted people). */
    public static PersonView of(CasePerson person, Set<UUID> restricted) {
        return new PersonView(person.personId(), person.child(), person.displayName(), person.givenName(),
                person.familyName(), person.dateOfBirth(), person.postcode(), person.relationship(), person.source(),
                restricted.contains(person.personId()));
    }
}
