package org.earlyhelp.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A case as the agencies that may see it read it (notes and history have their own endpoints). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseView(
        UUID id,
        String reference,
        CaseStatus status,
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

    public record PersonView(UUID personId, boolean child, String displayName, String givenName, String familyName,
            LocalDate dateOfBirth, String postcode, String relationship, String source) {

        public static PersonView of(CasePerson person) {
            return new PersonView(person.personId(), person.child(), person.displayName(), person.givenName(),
                    person.familyName(), person.dateOfBirth(), person.postcode(), person.relationship(), person.source());
        }
    }

    public record MemberView(UUID id, String agency, String agencyType, String practitionerName, String role, boolean active,
            Instant joinedAt, String addedBy, Instant leftAt, String leftReason) {

        public static MemberView of(TeamMember member) {
            return new MemberView(member.id(), member.agency(), member.agencyType(), member.practitionerName(), member.role(),
                    member.active(), member.joinedAt(), member.addedBy(), member.leftAt(), member.leftReason());
        }
    }

    public record NeedView(NeedCategory need, Severity severity, String notes, String source, Instant assessedAt,
            String assessedBy, NeedOutcome outcome) {

        public static NeedView of(Need need) {
            return new NeedView(need.category(), need.severity(), need.notes(), need.source(), need.assessedAt(),
                    need.assessedBy(), need.outcome());
        }
    }

    public record ActionView(UUID id, UUID caseId, String description, String ownerAgency, LocalDate dueDate, ActionStatus status,
            boolean overdue, Instant updatedAt) {

        public static ActionView of(PlanAction action, LocalDate today) {
            return new ActionView(action.id(), action.parent().id(), action.description(), action.ownerAgency(), action.dueDate(),
                    action.status(), action.overdue(today), action.updatedAt());
        }
    }

    public record TransferView(UUID id, UUID caseId, String caseReference, String fromAgency, String toAgency, String reason, TransferStatus status,
            Instant requestedAt, String requestedBy, Instant decidedAt, String decidedBy, String declineReason) {

        public static TransferView of(LeadTransfer transfer) {
            return new TransferView(transfer.id(), transfer.parent().id(), transfer.parent().reference(), transfer.fromAgency(), transfer.toAgency(), transfer.reason(),
                    transfer.status(), transfer.requestedAt(), transfer.requestedBy(), transfer.decidedAt(), transfer.decidedBy(),
                    transfer.declineReason());
        }
    }

    public static CaseView of(Case kase, LocalDate today) {
        List<ActionView> plan = kase.actions().stream().map(action -> ActionView.of(action, today)).toList();
        return new CaseView(kase.id(), kase.reference(), kase.status(), kase.levelOfNeed(), kase.area(), kase.leadAgency(),
                kase.leadPractitionerName(), kase.openedAt(), kase.openedVia(), kase.referralIds(),
                kase.people().stream().map(PersonView::of).toList(), kase.members().stream().map(MemberView::of).toList(),
                kase.needs().stream().map(NeedView::of).toList(), plan, (int) plan.stream().filter(ActionView::overdue).count(),
                kase.nextReviewDue(), kase.reviewOverdue(today), kase.reviews().size(),
                kase.pendingTransfer().map(TransferView::of).orElse(null), kase.closedAt(), kase.closureReason(),
                kase.closureOutcome(), kase.version());
    }
}
