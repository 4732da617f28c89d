package org.earlyhelp.consent.participation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The participation projection: who takes part for which person and why, and the areas of the referrals about them. */
@ApplicationScoped
class Participants {

    private final EntityManager entityManager;

    Participants(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Idempotent: the same agency joining for the same reason twice is one participation. */
    void join(Collection<UUID> people, String agency, String source, Instant since) {
        for (UUID person : people) {
            entityManager.createNativeQuery("""
                    INSERT INTO participation (person_id, agency, source, since) VALUES (?1, ?2, ?3, ?4)
                    ON CONFLICT ON CONSTRAINT participation_once DO NOTHING""")
                    .setParameter(1, person).setParameter(2, agency).setParameter(3, source).setParameter(4, since)
                    .executeUpdate();
        }
    }

    void leave(Collection<UUID> people, String agency, String source) {
        for (UUID person : people) {
            entityManager.createQuery("DELETE FROM Participation p WHERE p.personId = ?1 AND p.agency = ?2 AND p.source = ?3")
                    .setParameter(1, person).setParameter(2, agency).setParameter(3, source)
                    .executeUpdate();
        }
    }

    /** A referral about these people was made in {@code area}. Idempotent, like {@link #join}. */
    void locate(Collection<UUID> people, String area, String source, Instant since) {
        for (UUID person : people) {
            entityManager.createNativeQuery("""
                    INSERT INTO person_area (person_id, area, source, since) VALUES (?1, ?2, ?3, ?4)
                    ON CONFLICT ON CONSTRAINT person_area_once DO NOTHING""")
                    .setParameter(1, person).setParameter(2, area).setParameter(3, source).setParameter(4, since)
                    .executeUpdate();
        }
    }

    /**
     * The work about {@code source} now concerns {@code person} too (a family member added to a case):
     * every agency taking part in that work takes part for the person.
     */
    void extend(String source, UUID person) {
        entityManager.createNativeQuery("""
                INSERT INTO participation (person_id, agency, source, since)
                SELECT ?1, agency, source, since FROM participation WHERE source = ?2
                ON CONFLICT ON CONSTRAINT participation_once DO NOTHING""")
                .setParameter(1, person).setParameter(2, source).executeUpdate();
    }

    /** The work at {@code sources} was erased: nobody takes part, and no area is known, because of it any more. */
    void forget(Collection<String> sources) {
        entityManager.createQuery("DELETE FROM Participation p WHERE p.source IN ?1").setParameter(1, sources).executeUpdate();
        entityManager.createQuery("DELETE FROM PersonArea a WHERE a.source IN ?1").setParameter(1, sources).executeUpdate();
    }

    /** The agencies taking part for any of {@code people} (the ids one person is known by). */
    Set<String> agenciesFor(Collection<UUID> people) {
        List<String> agencies = entityManager.createQuery(
                "SELECT DISTINCT p.agency FROM Participation p WHERE p.personId IN ?1", String.class)
                .setParameter(1, people).getResultList();
        return new TreeSet<>(agencies);
    }

    /** The areas of the referrals about any of {@code people}. */
    Set<String> areasFor(Collection<UUID> people) {
        List<String> areas = entityManager.createQuery(
                "SELECT DISTINCT a.area FROM PersonArea a WHERE a.personId IN ?1", String.class)
                .setParameter(1, people).getResultList();
        return new TreeSet<>(areas);
    }
}
