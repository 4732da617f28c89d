package org.earlyhelp.cases.plan;

import java.time.Instant;

import org.earlyhelp.cases.casefile.NeedOutcome;

/** A need of the assessment as the case's readers see it. */
public record NeedView(NeedCategory need, Severity severity, String notes, String source, Instant assessedAt,
        String assessedBy, NeedOutcome outcome) {

    public static NeedView of(Need need) {
        return new NeedView(need.category(), need.severity(), need.notes(), need.source(), need.assessedAt(),
                need.assessedBy(), need.outcome());
    }
}
