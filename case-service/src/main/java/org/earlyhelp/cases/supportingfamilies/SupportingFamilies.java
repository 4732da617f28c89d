package org.earlyhelp.cases.supportingfamilies;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.cases.casefile.Case;
import org.earlyhelp.cases.casefile.CaseService;
import org.earlyhelp.cases.plan.PlanService;
import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.identity.Caller;

/** Reads a case the caller may see as the Supporting Families outcome framework counts it. */
@ApplicationScoped
class SupportingFamilies {

    private final CaseService cases;
    private final PlanService plans;

    SupportingFamilies(CaseService cases, PlanService plans) {
        this.cases = cases;
        this.plans = plans;
    }

    @Transactional
    SupportingFamiliesView of(UUID caseId, Caller caller) {
        Case kase = cases.visible(caseId, caller, AuditAction.READ);
        cases.audited(caller, AuditAction.READ, kase);
        return SupportingFamiliesView.of(kase, plans.asRead(kase, caller));
    }
}
