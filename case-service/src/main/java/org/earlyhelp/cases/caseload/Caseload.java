package org.earlyhelp.cases.caseload;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.cases.casefile.CaseRepository;
import org.earlyhelp.cases.casefile.CaseService;
import org.earlyhelp.cases.casefile.CaseStatus;
import org.earlyhelp.cases.casefile.CaseSummary;
import org.earlyhelp.cases.casefile.CaseView;
import org.earlyhelp.cases.casefile.LeadTransfer;
import org.earlyhelp.cases.casefile.PlanAction;
import org.earlyhelp.cases.casefile.TransferStatus;
import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

/** The caseload's cross-case queries, each audited as a list of the cases it touched. */
@ApplicationScoped
class Caseload {

    private final CaseRepository cases;
    private final CaseService service;
    private final AuditTrail audit;

    Caseload(CaseRepository cases, CaseService service, AuditTrail audit) {
        this.cases = cases;
        this.service = service;
        this.audit = audit;
    }

    /**
     * My cases (those I am lead practitioner of) or my agency's (it leads them or is on the team), with {@code status}
     * (null for any), newest first; the service keeps to the cases the caller may see.
     */
    Page<CaseSummary> cases(Caller caller, boolean mine, CaseStatus status, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        if (mine) {
            parameters.put("me", caller.userId() == null ? "" : caller.userId());
        }
        if (status != null) {
            parameters.put("status", status.name());
        }
        return service.list(caller, page, condition(mine, status != null), parameters);
    }

    /** The narrowing {@link #cases} adds to the cases the caller may see, in SQL on alias {@code c}. */
    private static String condition(boolean mine, boolean withStatus) {
        return (mine ? "c.lead_practitioner_user = :me" : CaseRepository.AGENCY_TAKES_PART)
                + (withStatus ? " and c.status = :status" : "");
    }

    @Transactional
    List<CaseView.ActionView> actionsDue(Caller caller, int withinDays, PageRequest page) {
        var today = service.today();
        List<PlanAction> due = cases.actionsDue(caller, today.plusDays(withinDays), page.page(), page.size());
        audit.record(AuditEntry.of(caller).action(AuditAction.LIST).resource(CaseService.RESOURCE)
                .people(due.stream().flatMap(action -> action.parent().personIds().stream()).toList())
                .purpose(CaseService.PURPOSE).build());
        return due.stream().map(action -> CaseView.ActionView.of(action, today)).toList();
    }

    /** Transfers to the caller's agency still waiting: the receiving agency is on the team, so it sees those cases. */
    @Transactional
    List<CaseView.TransferView> incomingTransfers(Caller caller) {
        List<LeadTransfer> pending = cases.getEntityManager().createQuery("select t from LeadTransfer t join fetch t.parent"
                + " where t.toAgency = :agency and t.status = :requested order by t.requestedAt, t.id", LeadTransfer.class)
                .setParameter("agency", caller.agency() == null ? "" : caller.agency())
                .setParameter("requested", TransferStatus.REQUESTED).getResultList();
        audit.record(AuditEntry.of(caller).action(AuditAction.LIST).resource(CaseService.RESOURCE)
                .people(pending.stream().flatMap(transfer -> transfer.parent().personIds().stream()).toList())
                .purpose(CaseService.PURPOSE).build());
        return pending.stream().map(CaseView.TransferView::of).toList();
    }
}
