package org.earlyhelp.platform.access;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.ws.rs.NotFoundException;

import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditOutcome;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

/**
 * The one way a service loads records for a caller: only what the context's {@link Visibility}
 * lets the caller see, everything else {@code 404} whether or not it exists (ARCHITECTURE §3: never
 * confirm that a record exists), and every attempt in the audit trail. Call it inside the use case's
 * transaction.
 */
@ApplicationScoped
public class Records {

    private final EntityManager entityManager;
    private final AuditTrail audit;

    Records(EntityManager entityManager, AuditTrail audit) {
        this.entityManager = entityManager;
        this.audit = audit;
    }

    /** Reads a record: audited as a read of the people it concerns. */
    public <T> T read(Caller caller, Visibility<T> rule, Object id) {
        T record = find(caller, rule, id, AuditAction.READ);
        audit.record(AuditEntry.of(caller).action(AuditAction.READ).resource(rule.resource(), id)
                .people(rule.people(record)).purpose(rule.purpose()).build());
        return record;
    }

    /**
     * Loads a record the caller means to act on ({@code action}, e.g. update). A refusal is audited
     * here; the change itself is audited by the use case once it has happened, as only it knows how it ended.
     */
    public <T> T find(Caller caller, Visibility<T> rule, Object id, String action) {
        Condition visible = rule.visibleTo(caller);
        Map<String, Object> parameters = new HashMap<>(visible.parameters());
        parameters.put("id", id);
        List<T> found = query(rule.type(), "select r from " + entity(rule) + " r where r.id = :id and (" + visible.jpql() + ")",
                parameters).setMaxResults(1).getResultList();
        if (found.isEmpty()) {
            T existing = entityManager.find(rule.type(), id);
            // A refused attempt names the people it was about, so an auditor finds it by person.
            audit.record(AuditEntry.of(caller).action(action).resource(rule.resource(), id)
                    .people(existing == null ? java.util.List.of() : rule.people(existing)).purpose(rule.purpose())
                    .outcome(existing != null ? AuditOutcome.DENIED : AuditOutcome.NOT_FOUND).build());
            throw new NotFoundException("No " + rule.resource() + " " + id + " that you may see");
        }
        return found.get(0);
    }

    /**
     * One page of the records the caller may see that also match {@code filter} (a condition over
     * {@code r}, or {@code null}), in {@code order} (JPQL after {@code order by}, e.g. {@code r.createdAt desc, r.id}).
     * The listing is audited with the people on the page.
     */
    public <T> Page<T> page(Caller caller, Visibility<T> rule, Condition filter, String order, PageRequest page) {
        Condition visible = filter == null ? rule.visibleTo(caller) : rule.visibleTo(caller).and(filter.jpql(), filter.parameters());
        String from = " from " + entity(rule) + " r where " + visible.jpql();
        List<T> items = query(rule.type(), "select r" + from + " order by " + order, visible.parameters())
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = query(Long.class, "select count(r)" + from, visible.parameters()).getSingleResult();
        audit.record(AuditEntry.of(caller).action(AuditAction.LIST).resource(rule.resource())
                .people(items.stream().flatMap(item -> rule.people(item).stream()).toList()).purpose(rule.purpose()).build());
        return new Page<>(items, page.page(), page.size(), total);
    }

    private <R> TypedQuery<R> query(Class<R> type, String jpql, Map<String, Object> parameters) {
        TypedQuery<R> query = entityManager.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    private String entity(Visibility<?> rule) {
        return entityManager.getMetamodel().entity(rule.type()).getName();
    }
}
