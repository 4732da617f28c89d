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
import org.earlyhelp.referral.matching.PersonMatchVisibility;

/**
 * The "known to services" matches naming a person (as the referral's person, as the candidate, or as the id a confirmed
 * match replaced): found, then confirmed, rejected or unlinked, for those who may see the match by its own rule
 * ({@link PersonMatchVisibility}: the hub of its referral's area); nobody else gets an entry.
 */
@ApplicationScoped
class MatchesInTime implements ChronologySource {

    private final EntityManager entities;
    private final PersonLinks links;

    MatchesInTime(EntityManager entities, PersonLinks links) {
        this.entities = entities;
        this.links = links;
    }

    @Override
    @Transactional
    public List<ChronologyEntry> entriesAbout(UUID personId, Caller caller) {
        Condition seen = PersonMatchVisibility.HUB_OF_THE_AREA.visibleTo(caller);
        var query = entities.createQuery("""
                select r.id, r.referralId, r.person.personId, r.candidatePersonId, r.score, r.status, r.foundAt, r.decidedBy,
                       r.decidedAt, r.personIdBefore, r.unlinkReason
                from PersonMatch r
                where (r.person.personId in :people or r.candidatePersonId in :people or r.personIdBefore in :people)
                  and (""" + seen.jpql() + ")", Object[].class).setParameter("people", links.of(personId));
        seen.parameters().forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        List<ChronologyEntry> entries = new ArrayList<>();
        for (Object[] row : rows) {
            String id = row[0].toString();
            String status = row[5].toString().toLowerCase();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("referralId", row[1]);
            details.put("personId", row[9] == null ? row[2] : row[9]);
            details.put("candidatePersonId", row[3]);
            details.put("score", row[4]);
            details.put("status", status);
            entries.add(new ChronologyEntry((Instant) row[6], ReferralsInTime.CONTEXT, "person-match.found", "person-match", id,
                    null, null, "Possible match with a person already known (score " + row[4] + ")", details));
            if (row[8] != null && !status.equals("suggested")) {
                Map<String, Object> decided = new LinkedHashMap<>(details);
                decided.put("reason", row[10]);
                entries.add(new ChronologyEntry((Instant) row[8], ReferralsInTime.CONTEXT, "person-match." + status,
                        "person-match", id, null, (String) row[7], "Match " + status, decided));
            }
        }
        return entries;
    }
}
