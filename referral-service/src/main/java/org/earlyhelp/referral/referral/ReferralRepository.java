package org.earlyhelp.referral.referral;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Referrals for the service's own work (event consumers, cumulative concern). Not for a caller's reads: those go
 * through {@link org.earlyhelp.platform.access.Records} with {@link ReferralVisibility}.
 */
@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    /** One page of a referral's history, oldest first (by time, then line number): cut and counted in the database. */
    Page<HistoryEntry> history(UUID referralId, PageRequest page) {
        List<HistoryEntry> lines = getEntityManager()
                .createQuery("from HistoryEntry h where h.referral.id = :referral order by h.at, h.id", HistoryEntry.class)
                .setParameter("referral", referralId).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = getEntityManager().createQuery("select count(h) from HistoryEntry h where h.referral.id = :referral", Long.class)
                .setParameter("referral", referralId).getSingleResult();
        return new Page<>(lines, page.page(), page.size(), total);
    }

    public Optional<Referral> find(UUID id) {
        return findByIdOptional(id);
    }

    public Optional<ReferralPerson> person(UUID referralPersonId) {
        return getEntityManager().createQuery("from ReferralPerson p join fetch p.referral where p.id = :id", ReferralPerson.class)
                .setParameter("id", referralPersonId).getResultStream().findFirst();
    }

    /**
     * For cumulative-concern counting: each recent, not withdrawn referral naming one of {@code personIds}, as (person,
     * referral, referring agency, submitted) only. One query for all the people of a submission; no entity is loaded.
     */
    public List<Naming> namings(java.util.Collection<UUID> personIds, java.time.Instant since) {
        return getEntityManager().createQuery("""
                select distinct p.personId, r.id, r.referringAgency, r.submittedAt
                from ReferralPerson p join p.referral r
                where p.personId in :people and r.submittedAt >= :since and r.status <> :withdrawn""", Naming.class)
                .setParameter("people", personIds).setParameter("since", since)
                .setParameter("withdrawn", ReferralStatus.WITHDRAWN)
                .getResultList();
    }

    /** A referral naming a person. */
    public record Naming(UUID personId, UUID referralId, String referringAgency, java.time.Instant submittedAt) {
    }
}
