package org.earlyhelp.referral.restriction;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;

import org.earlyhelp.referral.matching.MatchScore;
import org.earlyhelp.referral.referral.ReferralSubmitted;

/**
 * A new referral about a restricted person is still accepted (a safeguarding concern must reach the hub, Art. 18(2)),
 * and marked: a person on it strongly matched to a restricted person is restricted with them, so the referral shows
 * restricted and is read-only until the restriction is lifted. After matching has stored its matches.
 */
@ApplicationScoped
class RestrictedOnArrival {

    private final EntityManager entities;
    private final Restrictions restrictions;

    RestrictedOnArrival(EntityManager entities, Restrictions restrictions) {
        this.entities = entities;
        this.restrictions = restrictions;
    }

    void onSubmitted(@Observes @Priority(Interceptor.Priority.APPLICATION + 550) ReferralSubmitted submitted) {
        entities.flush();
        @SuppressWarnings("unchecked")
        List<Object[]> strong = entities.createNativeQuery("select p.person_id, m.candidate_person_id from person_match m"
                + " join referral_person p on p.id = m.referral_person_id where m.referral_id = :referral and m.score >= :strong")
                .setParameter("referral", submitted.referral().id()).setParameter("strong", MatchScore.STRONG).getResultList();
        Instant now = Instant.now();
        for (Object[] match : strong) {
            UUID candidate = (UUID) match[1];
            Set<UUID> restricted = restrictions.restrictedAmong(List.of(candidate));
            if (!restricted.isEmpty()) {
                restrictions.restrictWith((UUID) match[0], candidate, now);
            }
        }
    }
}
