package org.earlyhelp.referral.referral;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.query.NativeQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Referrals for the service's own work (event consumers, cumulative concern). Not for a caller's reads: those go
 * through {@link org.earlyhelp.platform.access.Records} with {@link ReferralVisibility}.
 */
@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    public Optional<Referral> find(UUID id) {
        return findByIdOptional(id);
    }

    public Optional<ReferralPerson> person(UUID referralPersonId) {
        return getEntityManager().createQuery("from ReferralPerson p join fetch p.referral where p.id = :id", ReferralPerson.class)
                .setParameter("id", referralPersonId).getResultStream().findFirst();
    }

    /**
     * For cumulative-concern counting: each recent, not withdrawn referral naming one of {@code personIds}, as (person,
     * referral, referring agency) only. One query for all the people of a submission; no entity is loaded.
     */
    public List<Naming> namings(java.util.Collection<UUID> personIds, java.time.Instant since) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(NAMINGS).unwrap(NativeQuery.class)
                // Flushes the referral being submitted first, as HQL on these entities would: it counts too.
                .addSynchronizedEntityClass(Referral.class).addSynchronizedEntityClass(ReferralPerson.class)
                .setParameter("people", personIds).setParameter("since", since)
                .setParameter("withdrawn", ReferralStatus.WITHDRAWN.name())
                .addScalar("person_id", UUID.class).addScalar("id", UUID.class).addScalar("referring_agency", String.class)
                .getResultList();
        return rows.stream().map(row -> new Naming((UUID) row[0], (UUID) row[1], (String) row[2])).toList();
    }

    /**
     * The SQL of {@link #namings}, run by every submission. SQL rather than HQL: the first HQL a service parses costs
     * it a third of a second (the parser's tables), at start or in its first burst of submissions (decision 0025).
     */
    public static final String NAMINGS = "select distinct p.person_id, r.id, r.referring_agency from referral r"
            + " join referral_person p on p.referral_id = r.id where p.person_id in (:people)"
            + " and r.submitted_at >= :since and r.status <> :withdrawn";

    /** A referral naming a person. */
    public record Naming(UUID personId, UUID referralId, String referringAgency) {
    }
}
