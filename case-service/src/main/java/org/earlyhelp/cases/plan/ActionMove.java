package org.earlyhelp.cases.plan;

import jakarta.validation.constraints.NotNull;

/** Moves a plan action on: {@code in-progress}, {@code done} or {@code dropped}. */
public record ActionMove(@NotNull ActionStatus status) {
}
