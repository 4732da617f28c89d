package org.earlyhelp.cases.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;

import org.earlyhelp.cases.casefile.Case;
import org.earlyhelp.cases.casefile.CaseAccess;
import org.earlyhelp.cases.casefile.CaseContent;
import org.earlyhelp.cases.casefile.CasePart;
import org.earlyhelp.cases.casefile.CaseService;
import org.earlyhelp.cases.casefile.Changed;
import org.earlyhelp.cases.casefile.InvalidField;
import org.earlyhelp.consent.client.DataCategory;
import org.earlyhelp.platform.access.Condition;
import org.earlyhelp.platform.agency.Agency;
import org.earlyhelp.platform.agency.AgencyRegister;
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

    /** By due date, then in the order they were added. */
    private static final CasePart<PlanAction> ACTIONS = new CasePart<>(PlanAction.class, "r.parent.id", "r.dueDate, r.createdAt, r.id");

    private final CaseService cases;
    private final PlanRepository plans;
    private final AgencyRegister agencies;

    PlanService(CaseService cases, PlanRepository plans, AgencyRegister agencies) {
        this.cases = cases;
        this.plans = plans;
        this.agencies = agencies;
    }

    /** The plan of {@code kase} (a case the caller already found). */
    public Plan of(Case kase) {
        return plans.of(kase);
    }

    /** The plan of {@code kase} (a case the caller already found) as the caller reads it ({@link Plan#asRead}). */
    public Plan asRead(Case kase, Caller caller) {
        return plans.of(kase).asRead(cases.content(kase, caller), this::categoryOfOwner);
    }

    /** The data category of what an agency does for the family: its type's ({@link CaseContent#ofAgencyType}). */
    private DataCategory categoryOfOwner(String agency) {
        return CaseContent.ofAgencyType(agencies.find(agency).map(Agency::type).orElse(null));
    }

    @Transactional
    public Page<NeedView> needs(UUID caseId, Caller caller, PageRequest page) {
        Case kase = cases.visible(caseId, caller, AuditAction.READ);
        cases.audited(caller, AuditAction.READ, kase);
        // A case holds at most one need per headline category (NeedCategory: a handful), so the page is cut from the
        // case's own list, in its order (by category), rather than by a query of its own.
        List<Need> needs = asRead(kase, caller).needs();
        int from = Math.min(page.offset(), needs.size());
        return new Page<>(needs.subList(from, Math.min(from + page.size(), needs.size())).stream().map(NeedView::of)
                .toList(), page.page(), page.size(), needs.size());
    }

    @Transactional
    public Changed<NeedView> assess(UUID caseId, String category, NeedAssessment body, Caller caller, String ifMatch) {
        NeedCategory need = category(category);
        Case kase = cases.led(caseId, caller, AuditAction.UPDATE);
        Plan plan = plans.of(kase);
        Need assessed = cases.change(kase, caller, ifMatch, true,
                by -> plan.assess(need, body.severity(), body.notes(), by, Instant.now()));
        return Changed.of(NeedView.of(assessed), kase);
    }

    @Transactional
    public Page<ActionView> actions(UUID caseId, Caller caller, PageRequest page) {
        LocalDate today = cases.today();
        return cases.partAsRead(caseId, caller, ACTIONS, this::actionsRead, (action, content) -> ActionView.of(action, today), page);
    }

    @Transactional
    public Changed<ActionView> addAction(UUID caseId, NewAction body, Caller caller, String ifMatch) {
        Case kase = cases.led(caseId, caller, AuditAction.UPDATE);
        if (!cases.participants(kase).contains(body.ownerAgency())) {
            throw new InvalidField("ownerAgency", "must be the lead agency or an agency on the team");
        }
        Plan plan = plans.of(kase);
        PlanAction action = cases.change(kase, caller, ifMatch, false,
                by -> plan.addAction(body.description(), body.ownerAgency(), body.dueDate(), by, Instant.now()));
        return Changed.of(ActionView.of(action, cases.today()), kase);
    }

    /** The lead's case lead, or a practitioner of the agency that owns the action. */
    @Transactional
    public Changed<ActionView> move(UUID caseId, UUID actionId, ActionMove body, Caller caller, String ifMatch) {
        Case kase = cases.worked(caseId, caller, AuditAction.UPDATE);
        Plan plan = plans.of(kase);
        PlanAction action = plan.action(actionId).orElseThrow(() -> new NotFoundException("No action " + actionId + " on this case"));
        if (!CaseAccess.mayLead(caller, kase) && !caller.belongsTo(action.ownerAgency())) {
            cases.denied(caller, AuditAction.UPDATE, kase);
            throw new ForbiddenException("Only the lead or the action's owner agency (" + action.ownerAgency() + ") may move it on");
        }
        PlanAction moved = cases.change(kase, caller, ifMatch, true,
                by -> plan.moveAction(actionId, body.status(), by, Instant.now()));
        return Changed.of(ActionView.of(moved, cases.today()), kase);
    }

    /** The actions a reader of {@code content} sees, as a condition over {@code r}: those of the agencies {@link #categoryOfOwner} it reads. */
    private Condition actionsRead(CaseContent content) {
        if (content.whole()) {
            return null;
        }
        List<String> owners = new ArrayList<>();
        owners.add(content.agency() == null ? "" : content.agency());
        agencies.all().stream().filter(agency -> content.covers(CaseContent.ofAgencyType(agency.type()))).map(Agency::code)
                .forEach(owners::add);
        return Condition.of("r.ownerAgency in (:seenOwners)", Map.of("seenOwners", owners));
    }

    private static NeedCategory category(String value) {
        try {
            return NeedCategory.of(value);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No headline need '" + value + "'; needs are the ten Supporting Families headlines");
        }
    }
}
