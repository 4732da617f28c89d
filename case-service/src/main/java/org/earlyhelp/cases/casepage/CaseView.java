package org.earlyhelp.cases.casepage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.earlyhelp.cases.casefile.Case;
import org.earlyhelp.cases.casefile.CaseStatus;
import org.earlyhelp.cases.casefile.NeedOutcome;
import org.earlyhelp.cases.casefile.PersonView;
import org.earlyhelp.cases.plan.ActionView;
import org.earlyhelp.cases.plan.NeedView;
import org.earlyhelp.cases.plan.Plan;
import org.earlyhelp.cases.team.MemberView;
import org.earlyhelp.cases.team.Team;
import org.earlyhelp.cases.transfer.TransferView;
import org.earlyhelp.cases.transfer.Transfers;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A case as the agencies that may see it read it, with its parts from each feature (notes and history have their own endpoints). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseView(
        UUID id,
        String reference,
        CaseStatus status,
        @Schema(description = "A data protection officer restricted processing of a person on the case (decision 0062): the"
                + " case can be read, not changed (409 `processing-restricted`); `family[].restricted` says who.")
        boolean restricted,
        String levelOfNeed,
        String area,
        String leadAgency,
        String leadPractitioner,
        Instant openedAt,
        String openedVia,
        List<UUID> referralIds,
        List<PersonView> family,
        List<MemberView> team,
        List<NeedView> needs,
        List<ActionView> plan,
        int overdueActions,
        LocalDate nextReviewDue,
        boolean reviewOverdue,
        int reviews,
        TransferView pendingTransfer,
        Instant closedAt,
        String closureReason,
        NeedOutcome outcome,
        long version) {

    /**
     * The case {@code kase} ({@code restricted}: the ids of the restricted people on it) with its parts: its {@code team} (past members included, in the order they joined), its
     * {@code plan} (needs and actions), how many {@code reviews} it has had, and the transfer waiting for an answer.
     */
    static CaseView of(Case kase, Set<UUID> restricted, Team team, Plan plan, int reviews, Transfers transfers, LocalDate today) {
        List<ActionView> actions = plan.actions().stream().map(action -> ActionView.of(action, today)).toList();
        return new CaseView(kase.id(), kase.reference(), kase.status(), !restricted.isEmpty(), kase.levelOfNeed(), kase.area(),
                kase.leadAgency(), kase.leadPractitionerName(), kase.openedAt(), kase.openedVia(), kase.referralIds(),
                kase.people().stream().map(person -> PersonView.of(person, restricted)).toList(), team.members().stream().map(MemberView::of).toList(),
                plan.needs().stream().map(NeedView::of).toList(), actions, (int) actions.stream().filter(ActionView::overdue).count(),
                kase.nextReviewDue(), kase.reviewOverdue(today), reviews, transfers.pending().map(TransferView::of).orElse(null),
                kase.closedAt(), kase.closureReason(), kase.closureOutcome(), kase.version());
    }
}
