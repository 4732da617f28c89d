package org.earlyhelp.cases.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A plan action as the case's readers see it, {@code overdue} as of today. */
public record ActionView(UUID id, UUID caseId, String description, String ownerAgency, LocalDate dueDate, ActionStatus status,
        boolean overdue, Instant updatedAt) {

    public static ActionView of(PlanAction action, LocalDate today) {
        return new ActionView(action.id(), action.parent().id(), action.description(), action.ownerAgency(), action.dueDate(),
                action.status(), action.overdue(today), action.updatedAt());
    }
}
