package org.earlyhelp.referral.referral;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.web.PageRequest;
import org.hibernate.query.NativeQuery;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    /** The same rule as {@link ReferralAccess#maySee}, in the query: referrer, lead agency, or the hub for its areas. */
    static final String VISIBLE = "(referringAgency = :agency or leadAgency = :agency or (:hub = true and area in :areas))";

    public Optional<Referral> find(UUID id) {
        return findByIdOptional(id);
    }

    public Optional<ReferralPerson> person(UUID referralPersonId) {
        return getEntityManager().createQuery("from ReferralPerson p join fetch p.referral where p.id = :id", ReferralPerson.class)
                .setParameter("id", referralPersonId).getResultStream().findFirst();
    }

    PanacheQuery<Referral> visibleTo(Caller caller, PageRequest page) {
        return find(VISIBLE, Sort.descending("submittedAt").and("id"), access(caller)).page(page.page(), page.size());
    }

    /** Referrals still waiting for the hub of {@code caller}'s areas, most pressing first (urgency, then age). */
    public List<Referral> openForHub(Caller caller, PageRequest page) {
        return find("status in :open and area in :areas order by case when immediateRisk = true then 0 else 1 end, "
                + "case urgency when 'IMMEDIATE_RISK' then 0 when 'URGENT' then 1 else 2 end, submittedAt, id",
                Map.of("open", List.of(ReferralStatus.SUBMITTED, ReferralStatus.IN_TRIAGE), "areas", areas(caller)))
                .page(page.page(), page.size()).list();
    }

    public long countOpenForHub(Caller caller) {
        return count("status in :open and area in :areas",
                Map.of("open", List.of(ReferralStatus.SUBMITTED, ReferralStatus.IN_TRIAGE), "areas", areas(caller)));
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

    private static Map<String, Object> access(Caller caller) {
        return Map.of("agency", caller.agency(), "hub", caller.hasRole(ReferralAccess.HUB_TRIAGE), "areas", areas(caller));
    }

    /** {@code in ()} is not SQL: a caller without areas gets a list that matches no area. */
    private static List<String> areas(Caller caller) {
        return caller.areas().isEmpty() ? List.of("") : caller.areas();
    }
}
