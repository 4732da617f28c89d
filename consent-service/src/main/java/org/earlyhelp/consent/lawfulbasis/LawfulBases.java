package org.earlyhelp.consent.lawfulbasis;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.consent.participation.PersonLinks;
import org.earlyhelp.consent.sharing.LawfulBasisTerms;

/** The lawful bases recorded for a person under any id the person is known by, as the sharing rules need them: newest first. */
@ApplicationScoped
public class LawfulBases {

    private final LawfulBasisRepository repository;
    private final PersonLinks links;

    LawfulBases(LawfulBasisRepository repository, PersonLinks links) {
        this.repository = repository;
        this.links = links;
    }

    public List<LawfulBasisTerms> termsFor(UUID personId) {
        return repository.forPeople(links.idsOf(personId)).stream().map(LawfulBasis::terms).toList();
    }
}
