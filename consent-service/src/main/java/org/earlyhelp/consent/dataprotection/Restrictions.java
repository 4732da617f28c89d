package org.earlyhelp.consent.dataprotection;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.earlyhelp.consent.participation.PersonLinks;

/**
 * Whose processing is restricted (UK GDPR Art. 18, decision 0062): a person is restricted when a restriction stands
 * under any id they are known by ({@link PersonLinks}). While it stands no sharing decision about them permits, their
 * consents and lawful bases are not recorded or amended (a withdrawal still is: it is the person's right), and every
 * view of them says so.
 */
@ApplicationScoped
public class Restrictions {

    private final EntityManager entityManager;
    private final PersonLinks links;

    Restrictions(EntityManager entityManager, PersonLinks links) {
        this.entityManager = entityManager;
        this.links = links;
    }

    /** Whether processing of {@code personId} (or anyone linked to them) is restricted now. */
    public boolean restricts(UUID personId) {
        return !restrictedAmong(links.idsOf(personId)).isEmpty();
    }

    /** Refuses a change about a restricted person: 409 {@code processing-restricted}. */
    public void refuseChangesAbout(UUID personId) {
        if (restricts(personId)) {
            throw new ProcessingRestricted("Processing of this person's data is restricted by the data protection officer:"
                    + " nothing about them is recorded or changed until the restriction is lifted");
        }
    }

    Set<UUID> restrictedAmong(Set<UUID> ids) {
        return Set.copyOf(entityManager.createNativeQuery("SELECT person_id FROM restricted_person WHERE person_id IN (:ids)", UUID.class)
                .setParameter("ids", ids).getResultList().stream().map(UUID.class::cast).toList());
    }

    void restrict(UUID personId, UUID requestId, Instant since) {
        entityManager.createNativeQuery("INSERT INTO restricted_person (person_id, request_id, since) VALUES (?1, ?2, ?3)")
                .setParameter(1, personId).setParameter(2, requestId).setParameter(3, since).executeUpdate();
    }

    /** Lifts every restriction standing for {@code ids} (the ids one person is known by). */
    void lift(Set<UUID> ids) {
        entityManager.createNativeQuery("DELETE FROM restricted_person WHERE person_id IN (:ids)").setParameter("ids", ids).executeUpdate();
    }
}
