package org.earlyhelp.cases.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import org.earlyhelp.cases.casefile.Case;
import org.earlyhelp.cases.casefile.CaseContent;
import org.earlyhelp.consent.client.DataCategory;
import org.earlyhelp.platform.change.Actor;
import org.earlyhelp.platform.change.IllegalTransition;

/**
 * The early help assessment and the family plan of one case: its needs (at most one per headline category, by
 * category) and its actions (by due date), and their rules. Each change asks the case what the aggregate guarantees
 * (open, the history line and its version); a new need or action is handed to {@code stored}.
 */
public final class Plan {

    private final Case kase;
    private final List<Need> needs;
    private final List<PlanAction> actions;
    private final Consumer<Object> stored;

    Plan(Case kase, List<Need> needs, List<PlanAction> actions, Consumer<Object> stored) {
        this.kase = kase;
        this.needs = needs;
        this.actions = actions;
        this.stored = stored;
    }

    /** The needs a new case starts with ({@code source}: {@link Need#FROM_REFERRAL} or {@link Need#FROM_ASSESSMENT}); no history line, opening is one. */
    public void identify(List<NeedCategory> categories, String source) {
        for (NeedCategory category : categories) {
            if (need(category).isEmpty()) {
                add(needs, new Need(kase, category, source));
            }
        }
    }

    /** Records (or re-records) the assessment of one headline need. */
    public Need assess(NeedCategory category, Severity severity, String notes, Actor by, Instant now) {
        kase.requireOpen("be assessed");
        Need need = need(category).orElseGet(() -> add(needs, new Need(kase, category, Need.FROM_ASSESSMENT)));
        need.assess(severity, notes, by, now);
        kase.record(now, by, "need-assessed", null, category.value() + ": " + severity.value(), category.dataCategory());
        return need;
    }

    /** An action owned by {@code ownerAgency}, which takes part in the case (the caller checks). */
    public PlanAction addAction(String description, String ownerAgency, LocalDate dueDate, Actor by, Instant now) {
        kase.requireOpen("have actions added to its plan");
        PlanAction action = add(actions, new PlanAction(kase, description, ownerAgency, dueDate, by, now));
        kase.record(now, by, "action-added", null, ownerAgency + " by " + dueDate);
        return action;
    }

    public PlanAction moveAction(UUID actionId, ActionStatus next, Actor by, Instant now) {
        kase.requireOpen("have its plan changed");
        PlanAction action = action(actionId).orElseThrow(() -> new IllegalTransition("No action " + actionId + " on this case"));
        ActionStatus before = action.status();
        action.moveTo(next, now);
        kase.record(now, by, "action-" + next.value(), null, "action " + actionId + ": " + before.value() + " → " + next.value());
        return action;
    }

    /**
     * This plan as a reader who reads {@code content} of the case sees it (decision 0057): the needs of the categories it
     * reads, and the actions of the agencies whose category ({@code ownerCategory}) it reads or that its own agency owns.
     * For reading only: nothing can be added to it.
     */
    public Plan asRead(CaseContent content, Function<String, DataCategory> ownerCategory) {
        if (content.whole()) {
            return this;
        }
        return new Plan(kase, needs.stream().filter(need -> content.covers(need.category().dataCategory())).toList(),
                actions.stream().filter(action -> content.covers(ownerCategory.apply(action.ownerAgency()), action.ownerAgency()))
                        .toList(),
                record -> {
                    throw new IllegalStateException("A plan as one reader sees it is for reading only");
                });
    }

    public Optional<Need> need(NeedCategory category) {
        return needs.stream().filter(need -> need.category() == category).findFirst();
    }

    public Optional<PlanAction> action(UUID actionId) {
        return actions.stream().filter(action -> action.id().equals(actionId)).findFirst();
    }

    /** The actions still planned or in progress. */
    public long openActions() {
        return actions.stream().filter(action -> action.status().open()).count();
    }

    /** By category. */
    public List<Need> needs() {
        return Collections.unmodifiableList(needs);
    }

    /** By due date, then in the order they were added. */
    public List<PlanAction> actions() {
        return Collections.unmodifiableList(actions);
    }

    private <T> T add(List<T> to, T record) {
        to.add(record);
        stored.accept(record);
        return record;
    }
}
