package org.earlyhelp.referral.chronology;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.chronology.ChronologyEntry;
import org.earlyhelp.platform.chronology.ChronologySource;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.referral.dataprotection.PersonLinks;

/**
 * The cumulative-concern alerts about a person: raised, acknowledged, withdrawn. Only the hub's triage of the alert's
 * area sees an alert (its rule in {@code alert}); nobody else gets an entry.
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
        List<String> areas = Reach.of(caller).hubAreas();
        if (areas.isEmpty()) {
            return List.of();
        }
        Set<UUID> people = links.of(personId);
        List<Object[]> rows = entities.createQuery("""
                select a.id, a.area, a.status, a.raisedAt, a.acknowledgedBy, a.acknowledgedAt, a.unconfirmed, a.withdrawnAt,
                       a.withdrawnReason
                from ConcernAlert a where a.personId in :people and a.area in :areas""", Object[].class)
                .setParameter("people", people).setParameter("areas", areas).getResultList();
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
