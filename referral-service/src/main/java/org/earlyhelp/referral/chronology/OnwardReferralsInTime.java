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
import org.earlyhelp.referral.dataprotection.PersonLinks;
import org.earlyhelp.referral.onward.OnwardReferralVisibility;
import org.earlyhelp.referral.onward.OnwardStatus;

/**
 * The onward referrals made from referrals about a person: created, sent, accepted or declined, closed. Seen by the
 * onward referral's own rule ({@link OnwardReferralVisibility}: the receiver's working roles once something was sent, the
 * referrer's, the hub of the area). What was shared is not repeated here: the onward referral's own read shows it.
 */
@ApplicationScoped
class OnwardReferralsInTime implements ChronologySource {

    private final EntityManager entities;
    private final PersonLinks links;
    private final OnwardReferralVisibility visibility;

    OnwardReferralsInTime(EntityManager entities, PersonLinks links, OnwardReferralVisibility visibility) {
        this.entities = entities;
        this.links = links;
        this.visibility = visibility;
    }

    @Override
    @Transactional
    public List<ChronologyEntry> entriesAbout(UUID personId, Caller caller) {
        Condition seen = visibility.visibleTo(caller);
        var query = entities.createQuery("""
                select r.id, r.referralId, r.serviceName, r.receivingAgency, r.status, r.createdAt, r.createdBy, r.sentAt,
                       r.decidedAt, r.decidedBy, r.closedAt
                from OnwardReferral r
                where r.referralId in (select p.referral.id from ReferralPerson p where p.personId in :people)
                  and (""" + seen.jpql() + ")", Object[].class).setParameter("people", links.of(personId));
        seen.parameters().forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        List<ChronologyEntry> entries = new ArrayList<>();
        for (Object[] row : rows) {
            String id = row[0].toString();
            String status = ((OnwardStatus) row[4]).value();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("referralId", row[1]);
            details.put("serviceName", row[2]);
            details.put("receivingAgency", row[3]);
            details.put("status", status);
            String to = " to " + row[2] + " (" + row[3] + ")";
            add(entries, row[5], id, "created", (String) row[6], "Onward referral" + to, details);
            add(entries, row[7], id, "sent", null, "Onward referral sent" + to, details);
            if (status.equals("accepted") || status.equals("declined")) {
                add(entries, row[8], id, status, (String) row[9], "Onward referral " + status + " by " + row[3], details);
            }
            add(entries, row[10], id, "closed", null, "Onward referral closed (" + status + ")", details);
        }
        return entries;
    }

    /** An entry for what happened at {@code at}; nothing when it has not happened (yet). */
    private static void add(List<ChronologyEntry> entries, Object at, String id, String action, String by, String summary,
            Map<String, Object> details) {
        if (at != null) {
            entries.add(new ChronologyEntry((Instant) at, ReferralsInTime.CONTEXT, "onward-referral." + action, "onward-referral",
                    id, null, by, summary, details));
        }
    }
}
