package org.earlyhelp.consent.participation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The participation projection: who takes part for which person, and why. */
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

    boolean takesPart(String agency, UUID person) {
        return !entityManager.createQuery("SELECT 1 FROM Participation p WHERE p.personId = ?1 AND p.agency = ?2", Integer.class)
                .setParameter(1, person).setParameter(2, agency).setMaxResults(1).getResultList().isEmpty();
    }

    Set<String> agenciesFor(UUID person) {
        List<String> agencies = entityManager.createQuery(
                "SELECT DISTINCT p.agency FROM Participation p WHERE p.personId = ?1", String.class)
                .setParameter(1, person).getResultList();
        return new TreeSet<>(agencies);
    }
}
