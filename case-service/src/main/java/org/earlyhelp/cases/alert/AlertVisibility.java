package org.earlyhelp.cases.alert;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.cases.casefile.CaseVisibility;
import org.earlyhelp.platform.access.Condition;
import org.earlyhelp.platform.access.Visibility;
import org.earlyhelp.platform.identity.Caller;

/** A case alert is seen by whoever sees its case: the case's rule ({@link CaseVisibility}), not a second one. */
final class AlertVisibility implements Visibility<CaseAlert> {

    static final AlertVisibility ALERTS = new AlertVisibility();

    private AlertVisibility() {
    }

    @Override
    public Class<CaseAlert> type() {
        return CaseAlert.class;
    }

    @Override
    public String resource() {
        return "case-alert";
    }

    @Override
    public Condition visibleTo(Caller caller) {
        Condition kase = CaseVisibility.over("c", caller);
        return Condition.of("r.caseId in (select c.id from EarlyHelpCase c where " + kase.jpql() + ")", kase.parameters());
    }

    @Override
    public Collection<UUID> people(CaseAlert alert) {
        return alert.personId() == null ? List.of() : List.of(alert.personId());
    }
}
