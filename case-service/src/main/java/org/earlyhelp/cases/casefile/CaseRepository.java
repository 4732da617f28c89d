package org.earlyhelp.cases.casefile;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.identity.Caller;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<Case, UUID> {

    /** The same rule as {@link CaseAccess#maySee}, in the query: lead agency, active member, or the hub for its areas. */
    static final String VISIBLE = "(c.leadAgency = :agency or exists (select 1 from TeamMember m where m.parent = c"
            + " and m.active = true and m.agency = :agency) or (:hub = true and c.area in :areas))";

    public Optional<Case> find(UUID id) {
        return findByIdOptional(id);
    }

    /** The case a referral is on, if any. */
    public Optional<Case> withReferral(UUID referralId) {
        return find("select r.parent from CaseReferral r where r.referralId = ?1", referralId).firstResultOptional();
    }

    /** Cases the caller may see, newest first; {@code extraCondition} (on alias {@code c}) narrows them, null for none. */
    public PanacheQuery<Case> visibleTo(Caller caller, String extraCondition, Map<String, Object> extra, int page, int size) {
        Map<String, Object> parameters = new java.util.HashMap<>(access(caller));
        parameters.putAll(extra);
        String where = "from EarlyHelpCase c where " + VISIBLE + (extraCondition == null ? "" : " and " + extraCondition);
        return find(where, Sort.descending("openedAt").and("id"), parameters).page(Page.of(page, size));
    }

    /** Open plan actions owned by the caller's agency due by {@code until} (overdue ones included), on open cases it may see. */
    public List<PlanAction> actionsDue(Caller caller, LocalDate until, int page, int size) {
        var query = getEntityManager().createQuery("select a from PlanAction a join fetch a.parent c where a.ownerAgency = :agency"
                + " and a.status in :open and a.dueDate <= :until and c.status = :caseOpen and " + VISIBLE
                + " order by a.dueDate, a.id", PlanAction.class);
        access(caller).forEach(query::setParameter);
        return query.setParameter("until", until).setParameter("caseOpen", CaseStatus.OPEN)
                .setParameter("open", List.of(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS))
                .setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    /** Open cases that have {@code personId} in the family. */
    public List<Case> openWithPerson(UUID personId) {
        return find("select distinct p.parent from CasePerson p where p.personId = ?1 and p.parent.status = ?2", personId,
                CaseStatus.OPEN).list();
    }

    /** The next case reference, e.g. {@code EH-2026-000042}. */
    public String nextReference(String prefix, Year year) {
        Number next = (Number) getEntityManager().createNativeQuery("select nextval('case_reference_seq')").getSingleResult();
        return "%s-%d-%06d".formatted(prefix, year.getValue(), next.longValue());
    }

    private static Map<String, Object> access(Caller caller) {
        return Map.of("agency", caller.agency() == null ? "" : caller.agency(), "hub", caller.hasRole(CaseAccess.HUB_TRIAGE),
                "areas", caller.areas().isEmpty() ? List.of("") : caller.areas());
    }
}
