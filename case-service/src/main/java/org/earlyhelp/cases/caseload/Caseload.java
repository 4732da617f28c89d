package org.earlyhelp.cases.caseload;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.cases.casefile.CaseService;
import org.earlyhelp.cases.casefile.CaseStatus;
import org.earlyhelp.cases.casefile.CaseVisibility;
import org.earlyhelp.cases.casepage.CasePages;
import org.earlyhelp.cases.casepage.CaseSummary;
import org.earlyhelp.cases.plan.ActionStatus;
import org.earlyhelp.cases.plan.ActionView;
import org.earlyhelp.cases.plan.PlanActionVisibility;
import org.earlyhelp.cases.transfer.TransferStatus;
import org.earlyhelp.cases.transfer.TransferView;
import org.earlyhelp.cases.transfer.TransferVisibility;
import org.earlyhelp.platform.access.Condition;
import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.access.Records;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

/**
 * The caseload's cross-case queries: each narrows the records the caller may see (the case rule,
 * {@link CaseVisibility}, and the rules built on it) to what is on its plate; each is audited as a list.
 */
@ApplicationScoped
class Caseload {

    private final CaseService service;
    private final CasePages pages;
    private final Records records;

    Caseload(CaseService service, CasePages pages, Records records) {
        this.service = service;
        this.pages = pages;
        this.records = records;
    }

    /**
     * My cases (those I am lead practitioner of) or my agency's: every case the caller may see ({@link CaseVisibility}:
     * those its agency leads or is on the team of, and for the hub's screeners the cases of their areas), with
     * {@code status} (null for any), newest first.
     */
    Page<CaseSummary> cases(Caller caller, boolean mine, CaseStatus status, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> narrowing = new ArrayList<>();
        if (mine) {
            narrowing.add("r.leadPractitionerUser = :me");
            parameters.put("me", caller.userId() == null ? "" : caller.userId());
        }
        if (status != null) {
            narrowing.add("r.status = :status");
            parameters.put("status", status);
        }
        return pages.list(caller, page, narrowing.isEmpty() ? null : String.join(" and ", narrowing), parameters);
    }

    /** Open plan actions the caller's agency owns on open cases it may see, due by {@code withinDays} from today (overdue ones included). */
    @Transactional
    Page<ActionView> actionsDue(Caller caller, int withinDays, PageRequest page) {
        var today = service.today();
        Condition due = Condition.of("r.ownerAgency = :owner and r.status in (:openActions) and r.dueDate <= :until"
                + " and r.parent.status = :caseOpen", Map.of("owner", Reach.of(caller).agencyOrNone(),
                        "openActions", ActionStatus.openOnes(), "until", today.plusDays(withinDays),
                        "caseOpen", CaseStatus.OPEN));
        return records.page(caller, PlanActionVisibility.ACTIONS, due, "r.dueDate, r.id", page)
                .map(action -> ActionView.of(action, today));
    }

    /** Transfers offered to the caller's agency still waiting for an answer, oldest first. */
    @Transactional
    Page<TransferView> incomingTransfers(Caller caller, PageRequest page) {
        Condition waiting = Condition.of("r.toAgency = :offeredTo and r.status = :requested",
                Map.of("offeredTo", Reach.of(caller).agencyOrNone(), "requested", TransferStatus.REQUESTED));
        return records.page(caller, TransferVisibility.TRANSFERS, waiting, "r.requestedAt, r.id", page)
                .map(TransferView::of);
    }
}
