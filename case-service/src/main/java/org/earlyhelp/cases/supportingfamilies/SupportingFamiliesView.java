package org.earlyhelp.cases.supportingfamilies;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.cases.casefile.Case;
import org.earlyhelp.cases.casefile.CaseStatus;
import org.earlyhelp.cases.casefile.NeedOutcome;
import org.earlyhelp.cases.casepage.Closure;
import org.earlyhelp.cases.plan.ActionStatus;
import org.earlyhelp.cases.plan.Need;
import org.earlyhelp.cases.plan.NeedCategory;
import org.earlyhelp.cases.plan.Plan;

/**
 * A case in the terms of the Supporting Families outcome framework: the headline needs identified
 * (three or more is the programme's core case), whether it has a lead practitioner and a family
 * plan, and, once closed, which needs were met.
 *
 * @param familyPlan whether the plan has at least one action that was not dropped
 */
public record SupportingFamiliesView(UUID caseId, String reference, CaseStatus status, List<NeedCategory> headlineNeeds,
        boolean threeOrMoreHeadlineNeeds, boolean leadPractitioner, boolean familyPlan, boolean programmeCase, Instant closedAt,
        NeedOutcome outcome, List<NeedCategory> needsMet, List<Closure.Outcome> outcomes) {

    static SupportingFamiliesView of(Case kase, Plan familyPlan) {
        List<NeedCategory> needs = familyPlan.needs().stream().map(Need::category).toList();
        boolean lead = kase.leadPractitionerName() != null;
        boolean plan = familyPlan.actions().stream().anyMatch(action -> action.status() != ActionStatus.DROPPED);
        boolean closed = kase.status() == CaseStatus.CLOSED;
        return new SupportingFamiliesView(kase.id(), kase.reference(), kase.status(), needs, needs.size() >= 3, lead, plan,
                needs.size() >= 3 && lead && plan, kase.closedAt(), kase.closureOutcome(),
                closed ? familyPlan.needs().stream().filter(need -> need.outcome() == NeedOutcome.NEEDS_MET).map(Need::category).toList()
                        : List.of(),
                closed ? familyPlan.needs().stream().map(need -> new Closure.Outcome(need.category(), need.outcome())).toList()
                        : List.of());
    }
}
