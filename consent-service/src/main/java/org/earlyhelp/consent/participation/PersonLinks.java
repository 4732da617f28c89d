package org.earlyhelp.consent.participation;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The ids a person is known by. referral-service mints an id for each person on a referral, and a
 * confirmed "known to services" match says the minted id is a person already known by another id
 * ({@code referral.person-linked}), until triage undoes it ({@code referral.person-unlinked}). The
 * links are a projection of those events ({@code person_link}, and the pairs they make one person,
 * {@code same_person}); nothing recorded under either id is rewritten (decision 0056), so an unlink
 * leaves every record under the id it was recorded with.
 */
@ApplicationScoped
public class PersonLinks {

    private final EntityManager entityManager;

    PersonLinks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** {@code person} and every other id the same person is known by. */
    public Set<UUID> idsOf(UUID person) {
        Set<UUID> ids = new LinkedHashSet<>();
        ids.add(person);
        ids.addAll(entityManager.createQuery("SELECT s.sameAs FROM SamePerson s WHERE s.personId = ?1", UUID.class)
                .setParameter(1, person).getResultList());
        return ids;
    }

    /** Idempotent: the same link twice is one link. */
    void link(UUID minted, UUID known, UUID referral, Instant at) {
        entityManager.createNativeQuery("""
                INSERT INTO person_link (minted_person_id, person_id, referral_id, linked_at) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (minted_person_id, person_id) DO NOTHING""")
                .setParameter(1, minted).setParameter(2, known).setParameter(3, referral).setParameter(4, at)
                .executeUpdate();
        regroup(List.of(minted, known));
    }

    /** Idempotent: unlinking ids that are not linked changes nothing. */
    void unlink(UUID minted, UUID known) {
        entityManager.createNativeQuery("DELETE FROM person_link WHERE minted_person_id = ?1 AND person_id = ?2")
                .setParameter(1, minted).setParameter(2, known).executeUpdate();
        regroup(List.of(minted, known));
    }

    /** The referral the links were confirmed on was erased: those links go with it. Idempotent. */
    void forget(UUID referral) {
        @SuppressWarnings("unchecked")
        List<Object[]> links = entityManager.createNativeQuery("SELECT minted_person_id, person_id FROM person_link WHERE referral_id = ?1")
                .setParameter(1, referral).getResultList();
        if (!links.isEmpty()) {
            entityManager.createNativeQuery("DELETE FROM person_link WHERE referral_id = ?1").setParameter(1, referral).executeUpdate();
            regroup(links.stream().flatMap(link -> Stream.of((UUID) link[0], (UUID) link[1])).toList());
        }
    }

    /** Derives {@code same_person} again for everyone who was, or now is, one person with one of {@code ids}. */
    private void regroup(Collection<UUID> ids) {
        Set<UUID> affected = new LinkedHashSet<>();
        ids.forEach(id -> affected.addAll(idsOf(id)));
        entityManager.createQuery("DELETE FROM SamePerson s WHERE s.personId IN ?1").setParameter(1, affected).executeUpdate();
        Set<UUID> grouped = new LinkedHashSet<>();
        for (UUID id : affected) {
            if (grouped.contains(id)) {
                continue;
            }
            List<UUID> group = linkedTo(id);
            grouped.addAll(group);
            for (UUID one : group) {
                for (UUID other : group) {
                    if (!one.equals(other)) {
                        entityManager.createNativeQuery("""
                                INSERT INTO same_person (person_id, same_as) VALUES (?1, ?2)
                                ON CONFLICT ON CONSTRAINT same_person_once DO NOTHING""")
                                .setParameter(1, one).setParameter(2, other).executeUpdate();
                    }
                }
            }
        }
    }

    /** {@code person} and every id the links reach from it, either way. */
    @SuppressWarnings("unchecked")
    private List<UUID> linkedTo(UUID person) {
        return entityManager.createNativeQuery("""
                WITH RECURSIVE linked(id) AS (
                    SELECT CAST(?1 AS uuid)
                    UNION
                    SELECT CASE WHEN l.minted_person_id = linked.id THEN l.person_id ELSE l.minted_person_id END
                    FROM person_link l JOIN linked ON l.minted_person_id = linked.id OR l.person_id = linked.id)
                SELECT id FROM linked""", UUID.class)
                .setParameter(1, person).getResultList();
    }
}
