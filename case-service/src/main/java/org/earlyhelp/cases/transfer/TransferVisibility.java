package org.earlyhelp.cases.transfer;

import java.util.Collection;
import java.util.UUID;

import org.earlyhelp.cases.casefile.CaseVisibility;
import org.earlyhelp.platform.access.Condition;
import org.earlyhelp.platform.access.Visibility;
import org.earlyhelp.platform.identity.Caller;

/**
 * A transfer of the lead is seen by whoever sees its case ({@link CaseVisibility}) and by the
 * working roles of the agency it is offered to, which answers it.
 */
public final class TransferVisibility implements Visibility<LeadTransfer> {

    public static final TransferVisibility TRANSFERS = new TransferVisibility();

    private TransferVisibility() {
    }

    @Override
    public Class<LeadTransfer> type() {
        return LeadTransfer.class;
    }

    @Override
    public String resource() {
        return "case-transfer";
    }

    @Override
    public Condition visibleTo(Caller caller) {
        Condition kase = CaseVisibility.over("r.parent", caller);
        return Condition.of("(r.toAgency = :reachAgency or " + kase.jpql() + ")", kase.parameters());
    }

    @Override
    public Collection<UUID> people(LeadTransfer transfer) {
        return transfer.parent().personIds();
    }
}
