package org.earlyhelp.cases.plan;

import java.util.Collection;
import java.util.UUID;

import org.earlyhelp.cases.casefile.CaseVisibility;
import org.earlyhelp.platform.access.Condition;
import org.earlyhelp.platform.access.Visibility;
import org.earlyhelp.platform.identity.Caller;

/** A family plan action is seen by whoever sees its case ({@link CaseVisibility}). */
public final class PlanActionVisibility implements Visibility<PlanAction> {

    public static final PlanActionVisibility ACTIONS = new PlanActionVisibility();

    private PlanActionVisibility() {
    }

    @Override
    public Class<PlanAction> type() {
        return PlanAction.class;
    }

    @Override
    public String resource() {
        return "case-action";
    }

    @Override
    public Condition visibleTo(Caller caller) {
        return CaseVisibility.over("r.parent", caller);
    }

    @Override
    public Collection<UUID> people(PlanAction action) {
        return action.parent().personIds();
    }
}
