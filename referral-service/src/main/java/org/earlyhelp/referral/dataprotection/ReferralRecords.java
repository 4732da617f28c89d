package org.earlyhelp.referral.dataprotection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.earlyhelp.platform.dataprotection.ErasableRecord;

/**
 * The questions the referral rules ask of the database: which referrals (or onward referrals) a condition picks, as
 * records to erase that name the referral's people. Conditions are written over {@code referral r} (or
 * {@code onward_referral o}); parameters {@code :before} (the retention cut-off) and {@code :people} (the person ids
 * linked to the one erased).
 */
@ApplicationScoped
class ReferralRecords {

    private final EntityManager entities;

    ReferralRecords(EntityManager entities) {
        this.entities = entities;
    }

    /** Referrals whose clock ({@code closure}, an SQL expression) ran out before {@code before}, oldest first. */
    List<ErasableRecord> referralsDue(String recordType, String which, String closure, Instant before, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entities.createNativeQuery("select r.id from referral r where " + which + " and " + closure
                + " < :before order by " + closure + ", r.id").setParameter("before", before).setMaxResults(limit).getResultList();
        return records(recordType, ids, ids);
    }

    /** Referrals {@code which} that name one of {@code people}. */
    List<ErasableRecord> referralsNaming(String recordType, String which, Collection<UUID> people) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entities.createNativeQuery("select distinct r.id from referral r join referral_person p on p.referral_id = r.id"
                + " where " + which + " and p.person_id in (:people) order by r.id").setParameter("people", people).getResultList();
        return records(recordType, ids, ids);
    }

    /** Referrals {@code which}, a condition on {@code :ids}. */
    List<ErasableRecord> referralsWhere(String recordType, String which, Collection<UUID> ids) {
        @SuppressWarnings("unchecked")
        List<UUID> found = entities.createNativeQuery("select r.id from referral r where " + which + " order by r.id")
                .setParameter("ids", ids).getResultList();
        return records(recordType, found, found);
    }

    /** Onward referrals {@code which}, closed ({@code closure}) before {@code before}, oldest first. */
    List<ErasableRecord> onwardsDue(String recordType, String which, String closure, Instant before, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery("select o.id, o.referral_id from onward_referral o where " + which + " and "
                + closure + " < :before order by " + closure + ", o.id").setParameter("before", before).setMaxResults(limit)
                .getResultList();
        return records(recordType, rows.stream().map(row -> (UUID) row[0]).toList(), rows.stream().map(row -> (UUID) row[1]).toList());
    }

    /** Onward referrals {@code which} whose referral names one of {@code people}. */
    List<ErasableRecord> onwardsNaming(String recordType, String which, Collection<UUID> people) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery("select distinct o.id, o.referral_id from onward_referral o"
                + " join referral_person p on p.referral_id = o.referral_id where " + which + " and p.person_id in (:people)"
                + " order by o.id").setParameter("people", people).getResultList();
        return records(recordType, rows.stream().map(row -> (UUID) row[0]).toList(), rows.stream().map(row -> (UUID) row[1]).toList());
    }

    /** Each record, naming the people of its referral (the record itself, or the one it was made from). */
    private List<ErasableRecord> records(String recordType, List<UUID> ids, List<UUID> referralIds) {
        if (ids.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> people = entities.createNativeQuery("select referral_id, person_id from referral_person"
                + " where referral_id in (:referrals) order by position").setParameter("referrals", referralIds).getResultList();
        Map<UUID, List<UUID>> named = new LinkedHashMap<>();
        people.forEach(row -> named.computeIfAbsent((UUID) row[0], referral -> new ArrayList<>()).add((UUID) row[1]));
        List<ErasableRecord> records = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            records.add(ErasableRecord.of(recordType, ids.get(i), named.getOrDefault(referralIds.get(i), List.of())));
        }
        return records;
    }
}
