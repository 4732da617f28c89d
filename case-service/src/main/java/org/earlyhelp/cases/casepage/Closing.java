package org.earlyhelp.cases.casepage;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.cases.casefile.Case;
import org.earlyhelp.cases.casefile.CaseEvents;
import org.earlyhelp.cases.casefile.CaseService;
import org.earlyhelp.cases.casefile.Reason;
import org.earlyhelp.cases.contract.CaseFeed;
import org.earlyhelp.cases.plan.Need;
import org.earlyhelp.cases.plan.NeedCategory;
import org.earlyhelp.cases.plan.Plan;
import org.earlyhelp.cases.plan.PlanService;
import org.earlyhelp.cases.transfer.TransferService;
import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.change.IllegalTransition;
import org.earlyhelp.platform.identity.Caller;

/**
 * Closing and reopening a case, which touch its parts: a case closes with an outcome for every identified need (no
 * more, no fewer) once the plan has no open action, and a transfer still waiting is cancelled; reopening takes the
 * needs' outcomes off again. The case's own state (open or closed, its outcome, history and version) is the root's.
 */
@ApplicationScoped
class Closing {

    private final CaseService cases;
    private final CasePages pages;
    private final PlanService plans;
    private final TransferService transfers;
    private final CaseEvents events;

    Closing(CaseService cases, CasePages pages, PlanService plans, TransferService transfers, CaseEvents events) {
        this.cases = cases;
        this.pages = pages;
        this.plans = plans;
        this.transfers = transfers;
        this.events = events;
    }

    @Transactional
    CaseView close(UUID id, Closure closure, Caller caller, String ifMatch) {
        Case kase = cases.led(id, caller, AuditAction.UPDATE);
        cases.change(kase, caller, ifMatch, true, by -> {
            Instant now = Instant.now();
            kase.requireOpen("be closed");
            Plan plan = plans.of(kase);
            requireClosable(plan, closure.outcomes());
            closure.outcomes().forEach(outcome -> plan.need(outcome.need()).orElseThrow().closedWith(outcome.outcome()));
            transfers.of(kase).caseClosing(by, now);
            kase.close(Closure.headline(closure.outcomes()), closure.reason(), by, now);
            events.closed(kase, plan.needs().stream()
                    .map(need -> new CaseFeed.NeedOutcome(need.category().value(), CaseEvents.code(need.outcome()))).toList());
            return kase;
        });
        return pages.view(kase);
    }

    @Transactional
    CaseView reopen(UUID id, Reason reason, Caller caller, String ifMatch) {
        Case kase = cases.led(id, caller, AuditAction.UPDATE);
        cases.change(kase, caller, ifMatch, true, by -> {
            Instant now = Instant.now();
            kase.reopen(reason.reason(), by, now, cases.firstReviewDue(now));
            plans.of(kase).needs().forEach(Need::reopened);
            events.reopened(kase);
            return kase;
        });
        return pages.view(kase);
    }

    /** Needs recorded, no open action, and exactly one outcome per identified need; {@link IllegalTransition} otherwise. */
    private static void requireClosable(Plan plan, List<Closure.Outcome> outcomes) {
        if (plan.needs().isEmpty()) {
            throw new IllegalTransition("Record the assessment's needs before closing: closure gives an outcome per need");
        }
        long open = plan.openActions();
        if (open > 0) {
            throw new IllegalTransition(open + " plan action(s) are still planned or in progress; mark them done or dropped first");
        }
        Set<NeedCategory> given = EnumSet.noneOf(NeedCategory.class);
        for (Closure.Outcome outcome : outcomes) {
            if (!given.add(outcome.need())) {
                throw new IllegalTransition("Two outcomes for " + outcome.need().value());
            }
            if (plan.need(outcome.need()).isEmpty()) {
                throw new IllegalTransition(outcome.need().value() + " is not a need identified on this case");
            }
        }
        List<String> missing = plan.needs().stream().map(Need::category).filter(need -> !given.contains(need))
                .map(NeedCategory::value).toList();
        if (!missing.isEmpty()) {
            throw new IllegalTransition("An outcome is needed for every identified need; missing: " + String.join(", ", missing));
        }
    }
}
