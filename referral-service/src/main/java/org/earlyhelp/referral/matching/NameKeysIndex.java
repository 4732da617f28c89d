package org.earlyhelp.referral.matching;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.referral.referral.PersonIndex;
import org.earlyhelp.referral.referral.ReferralPerson;

/** The keys {@link CandidateSearch} looks people up by: normalised name, its sound, surname, normalised postcode. */
@ApplicationScoped
class NameKeysIndex implements PersonIndex {

    @Override
    public void index(ReferralPerson person) {
        person.index(NameKeys.name(person.firstName(), person.lastName()),
                NameKeys.phonetic(person.firstName(), person.lastName()), NameKeys.family(person.lastName()),
                NameKeys.postcode(person.postcode()));
    }
}
