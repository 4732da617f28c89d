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
import org.hibernate.query.NativeQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<Case, UUID> {

    /**
     * The caller's agency leads the case or is active on its team ({@link Case#participates}), in SQL (on alias
     * {@code c}, parameter {@code agency}). Membership is an {@code in} rather than a correlated {@code exists}: the same
     * cases, but PostgreSQL estimates it soundly (one hashed look-up per case), so it keeps walking the newest cases by
     * index instead of pricing the scan so high that it compiles it with JIT on every call.
     */
    public static final String AGENCY_TAKES_PART = "(c.lead_agency = :agency or c.id in (select m.case_id from team_member m"
            + " where m.active and m.agency = :agency))";

    /**
     * The same rule as {@link CaseAccess#maySee}, in SQL: lead agency, active member, or the hub for its areas. The case
     * lists are SQL, not HQL: parsing their HQL cost a cold service a third of a second and ~18 MB of promoted parser
     * state at start, or far more when the first requests parsed it (decision 0025).
     */
    static final String VISIBLE = "(" + AGENCY_TAKES_PART + " or (:hub = true and c.area in (:areas)))";

    /** {@link #VISIBLE} in HQL, for the queries that load entities. */
    private static final String VISIBLE_HQL = "((c.leadAgency = :agency or c.id in (select m.parent.id from TeamMember m"
            + " where m.active = true and m.agency = :agency)) or (:hub = true and c.area in :areas))";

    public Optional<Case> find(UUID id) {
        return findByIdOptional(id);
    }

    /** The case a referral is on, if any. */
    public Optional<Case> withReferral(UUID referralId) {
        return find("select r.parent from CaseReferral r where r.referralId = ?1", referralId).firstResultOptional();
    }

    /**
     * One page of the cases the caller may see, newest first, as list rows: {@code extraCondition} (SQL on alias
     * {@code c}) narrows them, null for none. One statement whatever the page size and no entity loaded. The page is cut
     * first (an index on status and opening time serves the order), then only its cases' overdue actions and waiting
     * transfers are counted, by the rules of {@link PlanAction#overdue} and {@link Case#pendingTransfer}.
     */
    List<Listed> listed(Caller caller, String extraCondition, Map<String, Object> extra, LocalDate today, int page, int size) {
        NativeQuery<?> query = sql(LISTED + visibleWhere(extraCondition)
                + " order by c.opened_at desc, c.id limit :size offset :first) p order by p.opened_at desc, p.id");
        visibleParameters(caller, extra).forEach(query::setParameter);
        query.setParameter("openActions", ActionStatus.openOnes().stream().map(ActionStatus::name).toList())
                .setParameter("today", today).setParameter("requested", TransferStatus.REQUESTED.name())
                .setParameter("size", size).setParameter("first", (long) page * size);
        query.addScalar("id", UUID.class).addScalar("reference", String.class).addScalar("status", String.class)
                .addScalar("area", String.class).addScalar("lead_agency", String.class)
                .addScalar("lead_practitioner_name", String.class).addScalar("opened_at", Instant.class)
                .addScalar("next_review_due", LocalDate.class).addScalar("version", Long.class)
                .addScalar("overdue_actions", Long.class).addScalar("pending_transfers", Long.class);
        return rows(query).stream().map(row -> new Listed((UUID) row[0], (String) row[1], CaseStatus.valueOf((String) row[2]),
                (String) row[3], (String) row[4], (String) row[5], (Instant) row[6], (LocalDate) row[7], (Long) row[8],
                (Long) row[9], (Long) row[10])).toList();
    }

    /** How many cases {@link #listed} pages through. */
    long countVisible(Caller caller, String extraCondition, Map<String, Object> extra) {
        NativeQuery<?> query = sql("select count(*) as total" + visibleWhere(extraCondition)).addScalar("total", Long.class);
        visibleParameters(caller, extra).forEach(query::setParameter);
        return (Long) query.getSingleResult();
    }

    /** The family of each of {@code caseIds}, each case's in its order on the case, in one statement. */
    List<ListedPerson> families(Collection<UUID> caseIds) {
        NativeQuery<?> query = sql("select p.case_id, p.person_id, p.child, p.display_name from case_person p"
                + " where p.case_id in (:cases) order by p.position").setParameter("cases", caseIds)
                .addScalar("case_id", UUID.class).addScalar("person_id", UUID.class).addScalar("child", Boolean.class)
                .addScalar("display_name", String.class);
        return rows(query).stream()
                .map(row -> new ListedPerson((UUID) row[0], (UUID) row[1], (Boolean) row[2], (String) row[3])).toList();
    }

    /** The page of {@link #listed}, up to its {@code where}: the page's columns, then each case's two counts. */
    private static final String LISTED = "select p.id, p.reference, p.status, p.area, p.lead_agency, p.lead_practitioner_name,"
            + " p.opened_at, p.next_review_due, p.version,"
            + " (select count(*) from plan_action a where a.case_id = p.id and a.status in (:openActions) and a.due_date < :today)"
            + " as overdue_actions,"
            + " (select count(*) from lead_transfer t where t.case_id = p.id and t.status = :requested) as pending_transfers"
            + " from (select c.id, c.reference, c.status, c.area, c.lead_agency, c.lead_practitioner_name, c.opened_at,"
            + " c.next_review_due, c.version";

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
                + " and a.status in :open and a.dueDate <= :until and c.status = :caseOpen and " + VISIBLE_HQL
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
        return " from early_help_case c where " + VISIBLE + (extraCondition == null ? "" : " and " + extraCondition);
    }

    private NativeQuery<?> sql(String text) {
        return getEntityManager().createNativeQuery(text).unwrap(NativeQuery.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(NativeQuery<?> query) {
        return (List<Object[]>) query.getResultList();
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
