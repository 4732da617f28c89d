package org.earlyhelp.cases.casepage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.earlyhelp.cases.casefile.Case;
import org.earlyhelp.cases.casefile.CaseStatus;

/** A case in a list: enough to find it and see what needs attention. */
public record CaseSummary(UUID id, String reference, CaseStatus status, boolean restricted, String area, String leadAgency, String leadPractitioner,
        Instant openedAt, List<String> children, int overdueActions, LocalDate nextReviewDue, boolean reviewOverdue,
        boolean transferPending, long version) {

    /**
     * From a list row and its family (in order on the case), without loading the case; {@code restricted}: it names a
     * person whose processing a data protection officer restricted.
     */
    static CaseSummary of(CaseListing.Listed kase, List<CaseListing.ListedPerson> family, boolean restricted, LocalDate today) {
        return new CaseSummary(kase.id(), kase.reference(), kase.status(), restricted, kase.area(), kase.leadAgency(),
                kase.leadPractitionerName(), kase.openedAt(),
                family.stream().filter(CaseListing.ListedPerson::child).map(CaseListing.ListedPerson::displayName)
                        .filter(Objects::nonNull).toList(),
                (int) kase.overdueActions(), kase.nextReviewDue(), Case.reviewOverdue(kase.status(), kase.nextReviewDue(), today),
                kase.pendingTransfers() > 0, kase.version());
    }
}
