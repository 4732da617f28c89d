package org.earlyhelp.cases.plan;

import java.util.ArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.earlyhelp.cases.casefile.Case;

/** The cases' assessments and plans: needs and actions, stored beside each case. */
@ApplicationScoped
public class PlanRepository {

    private final EntityManager entities;

    PlanRepository(EntityManager entities) {
        this.entities = entities;
    }

    /** The plan of {@code kase}: needs by category, actions by due date; new needs and actions are stored here. */
    public Plan of(Case kase) {
        var needs = entities.createQuery("select n from Need n where n.parent.id = :caseId order by n.category", Need.class)
                .setParameter("caseId", kase.id()).getResultList();
        var actions = entities.createQuery("select a from PlanAction a where a.parent.id = :caseId order by a.dueDate, a.createdAt, a.id",
                PlanAction.class).setParameter("caseId", kase.id()).getResultList();
        return new Plan(kase, new ArrayList<>(needs), new ArrayList<>(actions), entities::persist);
    }
}
