package org.earlyhelp.cases.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;

import org.earlyhelp.cases.casefile.Case;
import org.earlyhelp.cases.casefile.CaseAccess;
import org.earlyhelp.cases.casefile.CasePart;
import org.earlyhelp.cases.casefile.CaseService;
import org.earlyhelp.cases.casefile.CaseView;
import org.earlyhelp.cases.casefile.Changed;
import org.earlyhelp.cases.casefile.InvalidField;
import org.earlyhelp.cases.casefile.Need;
import org.earlyhelp.cases.casefile.NeedCategory;
import org.earlyhelp.cases.casefile.PlanAction;
import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

/**
 * The early help assessment (needs by headline category) and the family plan (actions with an
 * owner agency and a due date). The lead's case lead assesses and plans; an action's owner agency
 * moves its own actions on.
 */
@ApplicationScoped
public class PlanService {

    private final CaseService cases;

    PlanService(CaseService cases) {
        this.cases = cases;
    }

    @Transactional
    public Page<CaseView.NeedView> needs(UUID caseId, Caller caller, PageRequest page) {
        Case kase = cases.visible(caseId, caller, AuditAction.READ);
        cases.audited(caller, AuditAction.READ, kase);
        // A case holds at most one need per headline category (NeedCategory: a handful), so the page is cut from the
        // case's own list, in its order (by category), rather than by a query of its own.
        List<Need> needs = kase.needs();
        int from = Math.min(page.offset(), needs.size());
        return new Page<>(needs.subList(from, Math.min(from + page.size(), needs.size())).stream().map(CaseView.NeedView::of)
                .toList(), page.page(), page.size(), needs.size());
    }

    @Transactional
    public Changed<CaseView.NeedView> assess(UUID caseId, String category, NeedAssessment body, Caller caller, String ifMatch) {
        NeedCategory need = category(category);
        Case kase = cases.led(caseId, caller, AuditAction.UPDATE);
        Need assessed = cases.change(kase, caller, ifMatch, true,
                by -> kase.assessNeed(need, body.severity(), body.notes(), by, Instant.now()));
        return Changed.of(CaseView.NeedView.of(assessed), kase);
    }

    @Transactional
    public Page<CaseView.ActionView> actions(UUID caseId, Caller caller, PageRequest page) {
        LocalDate today = cases.today();
        return cases.part(caseId, caller, CasePart.ACTIONS, null, page).map(action -> CaseView.ActionView.of(action, today));
    }

    @Transactional
    public Changed<CaseView.ActionView> addAction(UUID caseId, NewAction body, Caller caller, String ifMatch) {
        Case kase = cases.led(caseId, caller, AuditAction.UPDATE);
        if (!kase.participates(body.ownerAgency())) {
            throw new InvalidField("ownerAgency", "must be the lead agency or an agency on the team");
        }
        PlanAction action = cases.change(kase, caller, ifMatch, false,
                by -> kase.addAction(body.description(), body.ownerAgency(), body.dueDate(), by, Instant.now()));
        return Changed.of(CaseView.ActionView.of(action, cases.today()), kase);
    }

    /** The lead's case lead, or a practitioner of the agency that owns the action. */
    @Transactional
    public Changed<CaseView.ActionView> move(UUID caseId, UUID actionId, ActionMove body, Caller caller, String ifMatch) {
        Case kase = cases.worked(caseId, caller, AuditAction.UPDATE);
        PlanAction action = kase.action(actionId).orElseThrow(() -> new NotFoundException("No action " + actionId + " on this case"));
        if (!CaseAccess.mayLead(caller, kase) && !caller.belongsTo(action.ownerAgency())) {
            cases.denied(caller, AuditAction.UPDATE, kase);
            throw new ForbiddenException("Only the lead or the action's owner agency (" + action.ownerAgency() + ") may move it on");
        }
        PlanAction moved = cases.change(kase, caller, ifMatch, true,
                by -> kase.moveAction(actionId, body.status(), by, Instant.now()));
        return Changed.of(CaseView.ActionView.of(moved, cases.today()), kase);
    }

    private static NeedCategory category(String value) {
        try {
            return NeedCategory.of(value);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No headline need '" + value + "'; needs are the ten Supporting Families headlines");
        }
    }
}
