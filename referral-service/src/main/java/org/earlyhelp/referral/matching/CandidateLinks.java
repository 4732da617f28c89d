package org.earlyhelp.referral.matching;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Strong matches the hub has not yet decided, for the cumulative-concern alerts that do not wait for the hub
 * (decision 0054): a pending match at or above {@link MatchScore#STRONG} links its person to the candidate person.
 */
@ApplicationScoped
public class CandidateLinks {

    private final EntityManager entities;

    CandidateLinks(EntityManager entities) {
        this.entities = entities;
    }

    /** A pending strong match: the person on {@code referralId} (now {@code personId}) may be {@code candidatePersonId}. */
    public record CandidateLink(UUID matchId, UUID referralId, UUID personId, UUID candidatePersonId, double score) {
    }

    /** Every pending strong match with {@code people} on either side; one statement. */
    public List<CandidateLink> touching(Collection<UUID> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        return entities.createQuery("""
                select m.id, m.referralId, p.personId, m.candidatePersonId, m.score
                from PersonMatch m join m.person p
                where m.status = :pending and m.score >= :strong
                  and (p.personId in :people or m.candidatePersonId in :people)
                order by m.id""", CandidateLink.class)
                .setParameter("pending", PersonMatch.Status.SUGGESTED).setParameter("strong", MatchScore.STRONG)
                .setParameter("people", people).getResultList();
    }
}
