package org.earlyhelp.consent.consent;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.consent.participation.PersonLinks;
import org.earlyhelp.consent.sharing.ConsentTerms;

/**
 * The consent records about a person as the sharing rules need them: newest first, current versions,
 * recorded under any id the person is known by (a consent recorded before a match was confirmed holds
 * for the person it turned out to be, and stops holding if the match is undone).
 */
@ApplicationScoped
public class ConsentRecords {

    private final ConsentRepository consents;
    private final PersonLinks links;

    ConsentRecords(ConsentRepository consents, PersonLinks links) {
        this.consents = consents;
        this.links = links;
    }

    public List<ConsentTerms> termsFor(UUID personId) {
        return consents.forPeople(links.idsOf(personId)).stream().map(Consent::terms).toList();
    }
}
