package org.earlyhelp.cases.casefile;

import java.time.Year;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import org.earlyhelp.consent.client.DataCategory;
import org.earlyhelp.platform.access.Condition;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

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
     * The agencies taking part in {@code kase}, lead first, then the agencies of its team's active members: those who see
     * and work the case and hear its events.
     */
    public Set<String> participants(Case kase) {
        Set<String> agencies = new LinkedHashSet<>();
        agencies.add(kase.leadAgency());
        agencies.addAll(memberAgencies(kase));
        return agencies;
    }

    /**
     * The data categories of content {@code agency}'s active memberships of {@code kase}'s team carry, all of them
     * together (an agency on the team in two roles sees what either carries).
     */
    public Set<DataCategory> memberCategories(Case kase, String agency) {
        List<Participation> memberships = getEntityManager().createQuery("""
                select m from Participation m where m.caseId = :caseId and m.active = true and m.agency = :agency""",
                Participation.class).setParameter("caseId", kase.id()).setParameter("agency", agency).getResultList();
        return CaseContent.categories(memberships.stream().flatMap(m -> m.dataCategories.stream()).toList());
    }

    /**
     * The agencies of the active members of {@code kase}'s team (the lead's own among them if it is on the team too), in
     * the order they joined. Read from the team's records ({@link Participation}) as they stand in this transaction.
     */
    public Set<String> memberAgencies(Case kase) {
        return new LinkedHashSet<>(getEntityManager().createQuery("""
                select m.agency from Participation m where m.caseId = :caseId and m.active = true
                order by m.joinedAt, m.id""", String.class).setParameter("caseId", kase.id()).getResultList());
    }

    /** Open cases that have {@code personId} in the family, under that id or any other the person is known by ({@link PersonLinks}). */
    public List<Case> openWithPerson(UUID personId) {
        return find("select distinct p.parent from CasePerson p where " + PersonLinks.knownAs("p.personId", ":person", "linked")
                + " and p.parent.status = :status", Parameters.with("person", personId).and("status", CaseStatus.OPEN)).list();
    }

    /** Every case, open or closed, that has {@code personId} in the family under any id the person is known by. */
    public List<Case> withPerson(UUID personId) {
        return find("select distinct p.parent from CasePerson p where " + PersonLinks.knownAs("p.personId", ":person", "linked"),
                Parameters.with("person", personId)).list();
    }

    /** The next case reference, e.g. {@code EH-2026-000042}. */
    public String nextReference(String prefix, Year year) {
        Number next = (Number) getEntityManager().createNativeQuery("select nextval('case_reference_seq')").getSingleResult();
        return "%s-%d-%06d".formatted(prefix, year.getValue(), next.longValue());
    }
}
