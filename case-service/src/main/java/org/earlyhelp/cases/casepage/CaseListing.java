package org.earlyhelp.cases.casepage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.earlyhelp.cases.casefile.CaseStatus;
import org.earlyhelp.cases.casefile.CaseVisibility;
import org.earlyhelp.cases.plan.ActionStatus;
import org.earlyhelp.cases.plan.PlanAction;
import org.earlyhelp.cases.transfer.TransferStatus;
import org.earlyhelp.cases.transfer.Transfers;
import org.earlyhelp.platform.identity.Caller;

/** The case list's queries: rows of the cases the caller may see, with what needs attention on each, no entity loaded. */
@ApplicationScoped
class CaseListing {

    private final EntityManager entities;

    CaseListing(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * One page of the cases the caller may see, newest first, as list rows: {@code extraCondition} (JPQL on alias
     * {@code r}) narrows them, null for none. One statement whatever the page size and no entity loaded. The page is cut
     * first (an index on status and opening time serves the order), then only its cases' overdue actions and waiting
     * transfers are counted, by the rules of {@link PlanAction#overdue} and {@link Transfers#pending}.
     */
    List<Listed> listed(Caller caller, String extraCondition, Map<String, Object> extra, LocalDate today, int page, int size) {
        TypedQuery<Listed> query = entities.createQuery("""
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
        TypedQuery<Long> query = entities.createQuery("select count(*)" + visibleWhere(extraCondition), Long.class);
        visibleParameters(caller, extra).forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** The family of each of {@code caseIds}, each case's in its order on the case, in one statement. */
    List<ListedPerson> families(Collection<UUID> caseIds) {
        return entities.createQuery("""
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
