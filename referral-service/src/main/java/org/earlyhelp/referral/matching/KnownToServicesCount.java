package org.earlyhelp.referral.matching;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.earlyhelp.referral.referral.KnownToServices;

/**
 * Strong matches and open alerts of a page of referrals, in one statement whatever the page's size: the queue and the
 * referral list show them on every line without a request per referral.
 */
@ApplicationScoped
class KnownToServicesCount implements KnownToServices.Count {

    private final EntityManager entities;

    KnownToServicesCount(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    public Map<UUID, KnownToServices> of(Collection<UUID> referralIds) {
        Map<UUID, KnownToServices> counts = new HashMap<>();
        if (referralIds.isEmpty()) {
            return counts;
        }
        entities.createQuery("""
                select r.id,
                       (select count(m) from PersonMatch m
                         where m.referralId = r.id and m.score >= :strong and m.status not in :undone),
                       (select count(a) from ConcernAlert a
                         where a.status = org.earlyhelp.referral.alert.ConcernAlert.Status.OPEN
                           and (r.id member of a.referralIds
                                or a.personId in (select p.personId from ReferralPerson p where p.referral = r)))
                  from Referral r
                 where r.id in :ids""", Object[].class)
                .setParameter("strong", MatchScore.STRONG).setParameter("undone", List.of(PersonMatch.Status.REJECTED, PersonMatch.Status.UNLINKED))
                .setParameter("ids", referralIds).getResultStream()
                .forEach(row -> counts.put((UUID) row[0], new KnownToServices((Long) row[1], (Long) row[2])));
        return counts;
    }
}
