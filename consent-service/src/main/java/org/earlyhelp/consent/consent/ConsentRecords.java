package org.earlyhelp.consent.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

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
    private final EntityManager entityManager;

    ConsentRecords(ConsentRepository consents, PersonLinks links, EntityManager entityManager) {
        this.consents = consents;
        this.links = links;
        this.entityManager = entityManager;
    }

    public List<ConsentTerms> termsFor(UUID personId) {
        return consents.forPeople(links.idsOf(personId)).stream().map(Consent::terms).toList();
    }

    /**
     * A data protection officer corrected the person's details (decision 0062): the copies kept with their consents,
     * under any id they are known by, read corrected from now on (a null detail is unchanged). The consent's version
     * stays: its terms did not change, and the sharing decisions naming that version still describe it.
     */
    public void rectify(UUID personId, String givenName, String familyName, LocalDate dateOfBirth) {
        Set<UUID> ids = links.idsOf(personId);
        for (Consent consent : consents.forPeople(ids)) {
            String name = rectifiedName(consent.personName, givenName, familyName);
            // Given by the person themselves under the same name: the grantor's name is theirs too.
            boolean ownConsent = !GrantorKind.PARENT.code().equals(consent.grantorKind)
                    && consent.grantorName.equals(consent.personName);
            entityManager.createQuery("UPDATE Consent c SET c.personName = :name, c.grantorName = :grantor,"
                    + " c.personBirthDate = :birthDate WHERE c.id = :id")
                    .setParameter("name", name)
                    .setParameter("grantor", ownConsent ? name : consent.grantorName)
                    .setParameter("birthDate", dateOfBirth == null ? consent.personBirthDate : dateOfBirth)
                    .setParameter("id", consent.id).executeUpdate();
        }
    }

    /** The person's name is kept as one text, given name first: a corrected given or family name replaces its part. */
    static String rectifiedName(String kept, String givenName, String familyName) {
        String[] parts = kept == null ? new String[] { "", "" } : kept.trim().split("\\s+", 2);
        String given = givenName != null ? givenName : parts[0];
        String family = familyName != null ? familyName : parts.length > 1 ? parts[1] : "";
        return (given + " " + family).trim();
    }
}
