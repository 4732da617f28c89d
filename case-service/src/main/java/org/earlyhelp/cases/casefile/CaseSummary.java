package org.earlyhelp.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A case in a list: enough to find it and see what needs attention. */
public record CaseSummary(UUID id, String reference, CaseStatus status, String area, String leadAgency, String leadPractitioner,
        Instant openedAt, List<String> children, int overdueActions, LocalDate nextReviewDue, boolean reviewOverdue,
        boolean transferPending, long version) {

    public static CaseSummary of(Case kase, LocalDate today) {
        return new CaseSummary(kase.id(), kase.reference(), kase.status(), kase.area(), kase.leadAgency(),
                kase.leadPractitionerName(), kase.openedAt(),
                kase.people().stream().filter(CasePerson::child).map(CasePerson::displayName)
                        .filter(java.util.Objects::nonNull).toList(),
                (int) kase.actions().stream().filter(action -> action.overdue(today)).count(), kase.nextReviewDue(),
                kase.reviewOverdue(today), kase.pendingTransfer().isPresent(), kase.version());
    }
}
