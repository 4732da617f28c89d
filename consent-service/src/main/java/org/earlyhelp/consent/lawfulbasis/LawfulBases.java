package org.earlyhelp.consent.lawfulbasis;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.consent.sharing.LawfulBasisTerms;

/** The lawful bases recorded for a person, as the sharing rules need them: newest first. */
@ApplicationScoped
public class LawfulBases {

    private final LawfulBasisRepository repository;

    LawfulBases(LawfulBasisRepository repository) {
        this.repository = repository;
    }

    public List<LawfulBasisTerms> termsFor(UUID personId) {
        return repository.forPerson(personId).stream().map(LawfulBasis::terms).toList();
    }
}
