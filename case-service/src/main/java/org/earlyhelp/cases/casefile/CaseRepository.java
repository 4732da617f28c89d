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

    /** The case a referral is on, if any. */
    public Optional<Case> withReferral(UUID referralId) {
        return find("select r.parent from CaseReferral r where r.referralId = ?1", referralId).firstResultOptional();
    }

    /**
     * One page of the cases the caller may see, newest first, as list rows: {@code extraCondition} (SQL on alias
     * {@code r}) narrows them, null for none. One statement whatever the page size and no entity loaded. The page is cut
     * first (an index on status and opening time serves the order), then only its cases' overdue actions and waiting
     * transfers are counted, by the rules of {@link PlanAction#overdue} and {@link Case#pendingTransfer}.
     */
    List<Listed> listed(Caller caller, String extraCondition, Map<String, Object> extra, LocalDate today, int page, int size) {
        NativeQuery<?> query = sql(LISTED + visibleWhere(extraCondition)
                + " order by r.opened_at desc, r.id limit :size offset :first) p order by p.opened_at desc, p.id");
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
            + " from (select r.id, r.reference, r.status, r.area, r.lead_agency, r.lead_practitioner_name, r.opened_at,"
            + " r.next_review_due, r.version";

    /** A case as a list shows it, read in one row. */
    public record Listed(UUID id, String reference, CaseStatus status, String area, String leadAgency, String leadPractitionerName,
            Instant openedAt, LocalDate nextReviewDue, long version, long overdueActions, long pendingTransfers) {
    }

    /** One person of a listed case's family. */
    public record ListedPerson(UUID caseId, UUID personId, boolean child, String displayName) {
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

    /** The cases the caller may see, by {@link CaseVisibility#rule} in SQL (decision 0025), on alias {@code r}. */
    private static String visibleWhere(String extraCondition) {
        return " from early_help_case r where " + CaseVisibility.rule("r", CaseVisibility.Dialect.SQL)
                + (extraCondition == null ? "" : " and " + extraCondition);
    }

    private NativeQuery<?> sql(String text) {
        return getEntityManager().createNativeQuery(text).unwrap(NativeQuery.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(NativeQuery<?> query) {
        return (List<Object[]>) query.getResultList();
    }

    private static Map<String, Object> visibleParameters(Caller caller, Map<String, Object> extra) {
        Map<String, Object> parameters = new HashMap<>(CaseVisibility.parameters(caller));
        parameters.putAll(extra);
        return parameters;
    }
}
