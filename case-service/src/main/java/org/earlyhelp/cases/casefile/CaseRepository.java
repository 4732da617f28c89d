package org.earlyhelp.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.identity.Caller;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<Case, UUID> {

    /**
     * The caller's agency leads the case or is active on its team ({@link Case#participates}), in the query (on alias
     * {@code c}, parameter {@code agency}). Membership is an {@code in} rather than a correlated {@code exists}: the same
     * cases, but PostgreSQL estimates it soundly (one hashed look-up per case), so it keeps walking the newest cases by
     * index instead of pricing the scan so high that it compiles it with JIT on every call.
     */
    public static final String AGENCY_TAKES_PART = "(c.leadAgency = :agency or c.id in (select m.parent.id from TeamMember m"
            + " where m.active = true and m.agency = :agency))";

    /** The same rule as {@link CaseAccess#maySee}, in the query: lead agency, active member, or the hub for its areas. */
    static final String VISIBLE = "(" + AGENCY_TAKES_PART + " or (:hub = true and c.area in :areas))";

    public Optional<Case> find(UUID id) {
        return findByIdOptional(id);
    }

    /** The case a referral is on, if any. */
    public Optional<Case> withReferral(UUID referralId) {
        return find("select r.parent from CaseReferral r where r.referralId = ?1", referralId).firstResultOptional();
    }

    /**
     * One page of the cases the caller may see, newest first, as list rows: {@code extraCondition} (on alias {@code c})
     * narrows them, null for none. One statement whatever the page size and no entity loaded. The page is cut first (an
     * index on status and opening time serves the order), then only its cases' overdue actions and waiting transfers are
     * counted, by the rules of {@link PlanAction#overdue} and {@link Case#pendingTransfer}.
     */
    List<Listed> listed(Caller caller, String extraCondition, Map<String, Object> extra, LocalDate today, int page, int size) {
        var query = getEntityManager().createQuery(listedQuery(extraCondition), Listed.class);
        visibleParameters(caller, extra).forEach(query::setParameter);
        return query.setParameter("openActions", ActionStatus.openOnes()).setParameter("today", today)
                .setParameter("requested", TransferStatus.REQUESTED).setParameter("size", size)
                .setParameter("first", (int) Math.min((long) page * size, Integer.MAX_VALUE))
                .getResultList();
    }

    /** How many cases {@link #listed} pages through. */
    long countVisible(Caller caller, String extraCondition, Map<String, Object> extra) {
        var query = getEntityManager().createQuery(countQuery(extraCondition), Long.class);
        visibleParameters(caller, extra).forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** The family of each of {@code caseIds}, each case's in its order on the case, in one statement. */
    List<ListedPerson> families(Collection<UUID> caseIds) {
        return getEntityManager().createQuery(FAMILIES, ListedPerson.class).setParameter("cases", caseIds).getResultList();
    }

    /** The HQL of {@link #listed}. */
    public static String listedQuery(String extraCondition) {
        return "select new " + Listed.class.getName() + "(p.id, p.reference, p.status,"
                + " p.area, p.leadAgency, p.leadPractitionerName, p.openedAt, p.nextReviewDue, p.version,"
                + " (select count(*) from PlanAction a where a.parent.id = p.id and a.status in :openActions and a.dueDate < :today),"
                + " (select count(*) from LeadTransfer t where t.parent.id = p.id and t.status = :requested))"
                + " from (select c.id as id, c.reference as reference, c.status as status, c.area as area,"
                + " c.leadAgency as leadAgency, c.leadPractitionerName as leadPractitionerName, c.openedAt as openedAt,"
                + " c.nextReviewDue as nextReviewDue, c.version as version" + visibleWhere(extraCondition)
                + " order by c.openedAt desc, c.id limit :size offset :first) p order by p.openedAt desc, p.id";
    }

    /** The HQL of {@link #countVisible}. */
    public static String countQuery(String extraCondition) {
        return "select count(*)" + visibleWhere(extraCondition);
    }

    /** The HQL of {@link #families}. */
    public static final String FAMILIES = "select new " + ListedPerson.class.getName() + "(p.parent.id, p.personId, p.child,"
            + " p.displayName) from CasePerson p where p.parent.id in :cases order by p.position";

    /** A case as a list shows it, read in one row. */
    public record Listed(UUID id, String reference, CaseStatus status, String area, String leadAgency, String leadPractitionerName,
            Instant openedAt, LocalDate nextReviewDue, long version, long overdueActions, long pendingTransfers) {
    }

    /** One person of a listed case's family. */
    public record ListedPerson(UUID caseId, UUID personId, boolean child, String displayName) {
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

    private static String visibleWhere(String extraCondition) {
        return " from EarlyHelpCase c where " + VISIBLE + (extraCondition == null ? "" : " and " + extraCondition);
    }

    private static Map<String, Object> visibleParameters(Caller caller, Map<String, Object> extra) {
        Map<String, Object> parameters = new HashMap<>(access(caller));
        parameters.putAll(extra);
        return parameters;
    }

    private static Map<String, Object> access(Caller caller) {
        return Map.of("agency", caller.agency() == null ? "" : caller.agency(), "hub", caller.hasRole(CaseAccess.HUB_TRIAGE),
                "areas", caller.areas().isEmpty() ? List.of("") : caller.areas());
    }
}
