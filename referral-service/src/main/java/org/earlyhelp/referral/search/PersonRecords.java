package org.earlyhelp.referral.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.earlyhelp.referral.referral.ReferralStatus;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Which records of some hub areas exist about people, and nothing of what they say: the referrals of those areas naming
 * them, and the cases known from case-service's feed that hold one of those referrals. The one place the hub's "find a
 * person" and the data protection officer's look-up decide whom they may show (someone named on a referral of the
 * caller's areas).
 */
@ApplicationScoped
public class PersonRecords {

    /** A record about the person: a referral (id, status, submittedAt) or a case (id, reference). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Record(String type, UUID id, String status, Instant submittedAt, String reference) {

        public static final String REFERRAL = "referral";
        public static final String CASE = "case";
    }

    private final EntityManager entities;

    PersonRecords(EntityManager entities) {
        this.entities = entities;
    }

    /** Each person's referrals of the areas, newest first; no entry for a person named on none. */
    public Map<UUID, List<Record>> referrals(List<UUID> people, List<String> areas) {
        Map<UUID, List<Record>> records = new LinkedHashMap<>();
        if (people.isEmpty() || areas.isEmpty()) {
            return records;
        }
        entities.createQuery("select p.personId, r.id, r.status, r.submittedAt from ReferralPerson p join p.referral r"
                + " where p.personId in :people and r.area in :areas order by r.submittedAt desc", Object[].class)
                .setParameter("people", people).setParameter("areas", areas).getResultList()
                .forEach(row -> add(records, (UUID) row[0],
                        new Record(Record.REFERRAL, (UUID) row[1], ((ReferralStatus) row[2]).value(), (Instant) row[3], null)));
        return records;
    }

    /** {@link #referrals}, each followed by the cases that hold a referral of the areas, newest first. */
    public Map<UUID, List<Record>> referralsAndCases(List<UUID> people, List<String> areas) {
        Map<UUID, List<Record>> records = referrals(people, areas);
        if (records.isEmpty()) {
            return records;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> cases = entities.createNativeQuery("""
                SELECT DISTINCT fp.person_id, c.case_id, c.reference, c.opened_at FROM family_case c
                  JOIN family_case_person fp ON fp.case_id = c.case_id
                 WHERE fp.person_id IN (:people)
                   AND EXISTS (SELECT 1 FROM referral r LEFT JOIN family_case_referral fr ON fr.referral_id = r.id
                                WHERE (fr.case_id = c.case_id OR r.case_id = c.case_id) AND r.area IN (:areas))
                 ORDER BY c.opened_at DESC""").setParameter("people", List.copyOf(records.keySet()))
                .setParameter("areas", areas).getResultList();
        cases.forEach(row -> add(records, (UUID) row[0], new Record(Record.CASE, (UUID) row[1], null, null, (String) row[2])));
        return records;
    }

    private static void add(Map<UUID, List<Record>> records, UUID person, Record record) {
        List<Record> theirs = records.computeIfAbsent(person, key -> new ArrayList<>());
        if (!theirs.contains(record)) {
            theirs.add(record);
        }
    }
}
