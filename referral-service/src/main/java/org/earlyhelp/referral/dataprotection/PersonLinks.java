package org.earlyhelp.referral.dataprotection;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The person ids this service takes as one person: joined by confirmed "known to services" matches, each of which
 * gave a referral's person (known before as {@code person_id_before}) the id of the person already known.
 */
@ApplicationScoped
public class PersonLinks {

    private static final String LINKED = """
            with recursive linked(person_id) as (
                select cast(?1 as uuid)
                union
                select case when m.candidate_person_id = l.person_id then m.person_id_before else m.candidate_person_id end
                from person_match m join linked l
                  on m.status = 'CONFIRMED' and m.person_id_before is not null
                 and (m.candidate_person_id = l.person_id or m.person_id_before = l.person_id)
            )
            select person_id from linked""";

    private final EntityManager entities;

    PersonLinks(EntityManager entities) {
        this.entities = entities;
    }

    /** {@code personId} and every id confirmed matches join to it. */
    public Set<UUID> of(UUID personId) {
        @SuppressWarnings("unchecked")
        List<UUID> linked = entities.createNativeQuery(LINKED).setParameter(1, personId).getResultList();
        Set<UUID> ids = new LinkedHashSet<>(linked);
        ids.add(personId);
        return ids;
    }
}
