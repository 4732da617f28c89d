package org.earlyhelp.cases.chronology;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.earlyhelp.cases.casefile.Case;
import org.earlyhelp.cases.casefile.CaseContent;
import org.earlyhelp.cases.casefile.CaseService;
import org.earlyhelp.cases.casefile.CaseVisibility;
import org.earlyhelp.cases.casefile.PersonLinks;
import org.earlyhelp.cases.plan.Need;
import org.earlyhelp.platform.access.Condition;
import org.earlyhelp.platform.chronology.ChronologyEntry;
import org.earlyhelp.platform.chronology.ChronologySource;
import org.earlyhelp.platform.identity.Caller;

/**
 * case-service's part of a person's story (issue 29 point 3, decision 0065): the cases with the person in the family
 * (under any id they are known by) that the caller may see ({@link CaseVisibility}), each line of their history an
 * entry: opened, lead practitioner, team changes, needs assessed, plan actions, reviews, transfers, closure with its
 * outcome per need, reopening. Lines are read as the case's own history is ({@link CaseService#content}, decision 0057):
 * a line telling a data category's content only to a reader of that category.
 */
@ApplicationScoped
class CasesInTime implements ChronologySource {

    static final String CONTEXT = "case";

    private final EntityManager entities;
    private final CaseService cases;

    CasesInTime(EntityManager entities, CaseService cases) {
        this.entities = entities;
        this.cases = cases;
    }

    @Override
    @Transactional
    public List<ChronologyEntry> entriesAbout(UUID personId, Caller caller) {
        Condition seen = CaseVisibility.CASES.visibleTo(caller);
        var query = entities.createQuery("select r from " + entities.getMetamodel().entity(Case.class).getName() + " r where r.id in (select p.parent.id from CasePerson p where "
                + PersonLinks.knownAs("p.personId", ":chronologyPerson", "linked") + ") and (" + seen.jpql() + ")", Case.class)
                .setParameter("chronologyPerson", personId);
        seen.parameters().forEach(query::setParameter);
        List<ChronologyEntry> entries = new ArrayList<>();
        for (Case kase : query.getResultList()) {
            entries.addAll(entries(kase, cases.content(kase, caller)));
        }
        return entries;
    }

    private List<ChronologyEntry> entries(Case kase, CaseContent content) {
        List<Object[]> lines = entities.createQuery("""
                select h.at, h.actorName, h.actorAgency, h.action, h.reason, h.detail, h.dataCategory
                from HistoryEntry h where h.parent.id = :caseId order by h.at, h.id""", Object[].class)
                .setParameter("caseId", kase.id()).getResultList();
        List<ChronologyEntry> entries = new ArrayList<>();
        for (Object[] line : lines) {
            String category = (String) line[6];
            if (category != null && !content.whole()
                    && !CaseContent.category(category).map(content::covers).orElse(false)) {
                continue;
            }
            String action = (String) line[3];
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("reference", kase.reference());
            details.put("area", kase.area());
            details.put("reason", line[4]);
            details.put("detail", line[5]);
            if (action.equals("opened") || action.equals("transferred")) {
                details.put("leadAgency", kase.leadAgency());
            }
            if (action.equals("closed")) {
                details.put("outcome", kase.closureOutcome() == null ? null : kase.closureOutcome().value());
                if (content.whole()) {
                    details.put("outcomes", needOutcomes(kase));
                }
            }
            entries.add(new ChronologyEntry((Instant) line[0], CONTEXT, "case." + action, "case", kase.id().toString(),
                    (String) line[2], (String) line[1], "Case " + kase.reference() + ": " + action
                            + (line[5] == null ? "" : " (" + line[5] + ")"), details));
        }
        return entries;
    }

    /** How each need ended, for a reader of the whole case (a need is content of its data category). */
    private List<Map<String, String>> needOutcomes(Case kase) {
        return entities.createQuery("select n from Need n where n.parent.id = :caseId order by n.category", Need.class)
                .setParameter("caseId", kase.id()).getResultList().stream().filter(need -> need.outcome() != null)
                .map(need -> Map.of("need", need.category().value(), "outcome", need.outcome().value())).toList();
    }
}
