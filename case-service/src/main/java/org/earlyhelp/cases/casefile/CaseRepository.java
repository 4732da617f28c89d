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
import jakarta.persistence.TypedQuery;

import org.earlyhelp.platform.access.Condition;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<Case, UUID> {

    /**
     * One page of the {@code part} records of the case {@code caseId} that also match {@code filter} (a condition over
     * {@code r}, or null), in the part's order: cut and counted in the database, so a long history or chronology is never
     * loaded whole. The caller has checked that the case is visible.
     */
    public <T> Page<T> page(CasePart<T> part, UUID caseId, Condition filter, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>(filter == null ? Map.of() : filter.parameters());
        parameters.put("caseId", caseId);
        String from = " from " + getEntityManager().getMetamodel().entity(part.type()).getName() + " r where " + part.caseId()
                + " = :caseId" + (filter == null ? "" : " and (" + filter.jpql() + ")");
        TypedQuery<T> items = getEntityManager().createQuery("select r" + from + " order by " + part.order(), part.type());
        TypedQuery<Long> total = getEntityManager().createQuery("select count(r)" + from, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            total.setParameter(name, value);
        });
        List<T> found = items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(found, page.page(), page.size(), total.getSingleResult());
    }

    /** The case a referral is on, if any. */
    public Optional<Case> withReferral(UUID referralId) {
        return find("select r.parent from CaseReferral r where r.referralId = ?1", referralId).firstResultOptional();
    }

    /**
     * One page of the cases the caller may see, newest first, as list rows: {@code extraCondition} (JPQL on alias
     * {@code r}) narrows them, null for none. One statement whatever the page size and no entity loaded. The page is cut
     * first (an index on status and opening time serves the order), then only its cases' overdue actions and waiting
     * transfers are counted, by the rules of {@link PlanAction#overdue} and {@link Case#pendingTransfer}.
     */
    List<Listed> listed(Caller caller, String extraCondition, Map<String, Object> extra, LocalDate today, int page, int size) {
        TypedQuery<Listed> query = getEntityManager().createQuery("""
                select p.id, p.reference, p.status, p.area, p.leadAgency, p.leadPractitionerName, p.openedAt,
                       p.nextReviewDue, p.version,
                       (select count(*) from PlanAction a
                        where a.parent.id = p.id and a.status in :openActions and a.dueDate < :today),
                       (select count(*) from LeadTransfer t where t.parent.id = p.id and t.status = :requested)
                from (select r.id as id, r.reference as reference, r.status as status, r.area as area,
                             r.leadAgency as leadAgency, r.leadPractitionerName as leadPractitionerName,
                             r.openedAt as openedAt, r.nextReviewDue as nextReviewDue, r.version as version
                      """ + visibleWhere(extraCondition) + """
                       order by r.openedAt desc, r.id limit :size offset :first) p
                order by p.openedAt desc, p.id""", Listed.class);
        visibleParameters(caller, extra).forEach(query::setParameter);
        return query.setParameter("openActions", ActionStatus.openOnes()).setParameter("today", today)
                .setParameter("requested", TransferStatus.REQUESTED).setParameter("size", size)
                .setParameter("first", page * size).getResultList();
    }

    /** How many cases {@link #listed} pages through. */
    long countVisible(Caller caller, String extraCondition, Map<String, Object> extra) {
        TypedQuery<Long> query = getEntityManager().createQuery("select count(*)" + visibleWhere(extraCondition), Long.class);
        visibleParameters(caller, extra).forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** The family of each of {@code caseIds}, each case's in its order on the case, in one statement. */
    List<ListedPerson> families(Collection<UUID> caseIds) {
        return getEntityManager().createQuery("""
                select p.parent.id, p.personId, p.child, p.displayName from CasePerson p
                where p.parent.id in :cases order by p.position""", ListedPerson.class)
                .setParameter("cases", caseIds).getResultList();
    }

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

    /** The cases the caller may see, by {@link CaseVisibility#rule}, on alias {@code r}. */
    private static String visibleWhere(String extraCondition) {
        return " from EarlyHelpCase r where " + CaseVisibility.rule("r")
                + (extraCondition == null ? "" : " and " + extraCondition);
    }

    private static Map<String, Object> visibleParameters(Caller caller, Map<String, Object> extra) {
        Map<String, Object> parameters = new HashMap<>(CaseVisibility.parameters(caller));
        parameters.putAll(extra);
        return parameters;
    }
}
