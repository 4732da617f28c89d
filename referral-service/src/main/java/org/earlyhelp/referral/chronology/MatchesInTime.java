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
 * The "known to services" matches naming a person (as the referral's person, as the candidate, or as the id a confirmed
 * match replaced): found, then confirmed, rejected or unlinked. Only the hub's triage of the match's referral's area sees
 * a match (its rule in {@code matching}); nobody else gets an entry.
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
        List<String> areas = Reach.of(caller).hubAreas();
        if (areas.isEmpty()) {
            return List.of();
        }
        Set<UUID> people = links.of(personId);
        List<Object[]> rows = entities.createQuery("""
                select m.id, m.referralId, m.person.personId, m.candidatePersonId, m.score, m.status, m.foundAt, m.decidedBy,
                       m.decidedAt, m.personIdBefore, m.unlinkReason
                from PersonMatch m
                where (m.person.personId in :people or m.candidatePersonId in :people or m.personIdBefore in :people)
                  and m.person.referral.area in :areas""", Object[].class)
                .setParameter("people", people).setParameter("areas", areas).getResultList();
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
