package org.earlyhelp.cases.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.platform.change.Actor;

/**
 * What a case is opened with: from an accepted referral (the consumer) or by a case lead by hand.
 *
 * @param leadPractitioner the practitioner who leads, when known (a hand opening); null until a case lead takes it
 * @param via              {@code referral} or {@code hand}
 */
public record Opening(String area, String leadAgency, Actor leadPractitioner, String via, List<UUID> referralIds,
        List<Person> people) {

    public static final String VIA_REFERRAL = "referral";
    public static final String VIA_HAND = "hand";

    public Opening {
        referralIds = List.copyOf(referralIds);
        people = List.copyOf(people);
    }

    /** A family member: from a referral (id, name, date of birth, relationship as it gave them) or given by hand. */
    public record Person(UUID personId, boolean child, String displayName, String givenName, String familyName,
            LocalDate dateOfBirth, String postcode, String relationship, String source) {

        public static Person fromReferral(UUID personId, boolean child, String displayName, String givenName, String familyName,
                LocalDate dateOfBirth, String relationship) {
            String named = displayName != null || familyName == null ? displayName
                    : givenName == null ? familyName : givenName + " " + familyName;
            return new Person(personId, child, named, givenName, familyName, dateOfBirth, null, relationship,
                    CasePerson.FROM_REFERRAL);
        }
    }
}
