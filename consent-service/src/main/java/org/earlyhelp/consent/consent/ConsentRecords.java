package org.earlyhelp.consent.consent;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.consent.sharing.ConsentTerms;

/** The consent records about a person as the sharing rules need them: newest first, current versions. */
@ApplicationScoped
public class ConsentRecords {

    private final ConsentRepository consents;

    ConsentRecords(ConsentRepository consents) {
        this.consents = consents;
    }

    public List<ConsentTerms> termsFor(UUID personId) {
        return consents.forPerson(personId).stream().map(Consent::terms).toList();
    }
}
