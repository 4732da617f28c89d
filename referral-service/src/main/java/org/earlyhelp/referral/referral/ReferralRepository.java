package org.earlyhelp.referral.referral;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.web.PageRequest;

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
        return getEntityManager().createQuery(NAMINGS, Naming.class).setParameter("people", personIds)
                .setParameter("since", since)
                .setParameter("withdrawn", ReferralStatus.WITHDRAWN).getResultList();
    }

    /** The HQL of {@link #namings}, run by every submission. */
    public static final String NAMINGS = "select distinct new " + Naming.class.getName()
            + "(p.personId, r.id, r.referringAgency) from Referral r join r.people p where p.personId in :people"
            + " and r.submittedAt >= :since and r.status <> :withdrawn";

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
