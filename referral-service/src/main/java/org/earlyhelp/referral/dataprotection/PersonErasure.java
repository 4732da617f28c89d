package org.earlyhelp.referral.dataprotection;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.earlyhelp.platform.dataprotection.Erasure;

/**
 * A person a data protection officer erased (consent-service's {@code person.erased}): every referral and onward
 * referral naming them, under any id linked to theirs, goes whole (the platform's {@link Erasure}), and so do the
 * details case-service's feed gave of them.
 */
@ApplicationScoped
public class PersonErasure {

    private final Erasure erasure;
    private final PersonLinks links;
    private final EntityManager entities;

    PersonErasure(Erasure erasure, PersonLinks links, EntityManager entities) {
        this.erasure = erasure;
        this.links = links;
        this.entities = entities;
    }

    /** In the feed consumer's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(UUID personId, String reason, String actor) {
        Set<UUID> linked = links.of(personId);
        erasure.erasePerson(personId, reason, actor);
        entities.createNativeQuery("delete from case_person where person_id in (:people)").setParameter("people", linked)
                .executeUpdate();
    }
}
