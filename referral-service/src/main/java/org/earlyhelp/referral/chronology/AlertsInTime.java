package org.earlyhelp.referral.chronology;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.earlyhelp.platform.access.Condition;
import org.earlyhelp.platform.chronology.ChronologyEntry;
import org.earlyhelp.platform.chronology.ChronologySource;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.referral.alert.ConcernAlertVisibility;
import org.earlyhelp.referral.dataprotection.PersonLinks;

/**
 * The cumulative-concern alerts about a person: raised, acknowledged, withdrawn, for those who may see the alert by its
 * own rule ({@link ConcernAlertVisibility}: the hub of its area); nobody else gets an entry.
 */
@ApplicationScoped
class AlertsInTime implements ChronologySource {

    private final EntityManager entities;
    private final PersonLinks links;

    AlertsInTime(EntityManager entities, PersonLinks links) {
        this.entities = entities;
        this.links = links;
    }

    @Override
    @Transactional
    public List<ChronologyEntry> entriesAbout(UUID personId, Caller caller) {
        Condition seen = ConcernAlertVisibility.HUB_OF_THE_AREA.visibleTo(caller);
        var query = entities.createQuery("""
                select r.id, r.area, r.status, r.raisedAt, r.acknowledgedBy, r.acknowledgedAt, r.unconfirmed, r.withdrawnAt,
                       r.withdrawnReason
                from ConcernAlert r where r.personId in :people and (""" + seen.jpql() + ")", Object[].class)
                .setParameter("people", links.of(personId));
        seen.parameters().forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        List<ChronologyEntry> entries = new ArrayList<>();
        for (Object[] row : rows) {
            String id = row[0].toString();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("area", row[1]);
            details.put("status", row[2].toString().toLowerCase());
            details.put("unconfirmed", row[6]);
            details.put("referralIds", entities.createQuery("select r from ConcernAlert a join a.referralIds r where a.id = :id",
                    UUID.class).setParameter("id", row[0]).getResultList());
            entries.add(new ChronologyEntry((Instant) row[3], ReferralsInTime.CONTEXT, "concern-alert.raised", "concern-alert", id,
                    null, null, "Cumulative concern: several referrals about this person", details));
            if (row[5] != null) {
                entries.add(new ChronologyEntry((Instant) row[5], ReferralsInTime.CONTEXT, "concern-alert.acknowledged",
                        "concern-alert", id, null, (String) row[4], "Alert acknowledged by the hub", details));
            }
            if (row[7] != null) {
                Map<String, Object> withdrawn = new LinkedHashMap<>(details);
                withdrawn.put("reason", row[8]);
                entries.add(new ChronologyEntry((Instant) row[7], ReferralsInTime.CONTEXT, "concern-alert.withdrawn",
                        "concern-alert", id, null, null, "Alert withdrawn", withdrawn));
            }
        }
        return entries;
    }
}
