package org.earlyhelp.cases.casefile;

/**
 * One kind of record that belongs to a case and is listed on its own path ({@code /api/cases/{id}/<part>}): the entity,
 * the JPQL path from it (alias {@code r}) to its case's id, and the stable order its pages come in (JPQL after
 * {@code order by}, ending with a unique column so that no two requests cut a page differently). The orders are the
 * ones the OpenAPI document and decision 0043 state.
 */
public record CasePart<T>(Class<T> type, String caseId, String order) {

    /** Oldest first: by time, then by the line's number (lines written in one change share a time). */
    public static final CasePart<HistoryEntry> HISTORY = new CasePart<>(HistoryEntry.class, "r.parent.id", "r.at, r.id");
    /** By due date, then in the order they were added. */
    public static final CasePart<PlanAction> ACTIONS = new CasePart<>(PlanAction.class, "r.parent.id", "r.dueDate, r.createdAt, r.id");
    /** By the day they were held, oldest first. */
    public static final CasePart<Review> REVIEWS = new CasePart<>(Review.class, "r.parent.id", "r.heldOn, r.recordedAt, r.id");
    /** In the order they joined, past members included. */
    public static final CasePart<TeamMember> MEMBERS = new CasePart<>(TeamMember.class, "r.parent.id", "r.joinedAt, r.id");
    /** Oldest request first. */
    public static final CasePart<LeadTransfer> TRANSFERS = new CasePart<>(LeadTransfer.class, "r.parent.id", "r.requestedAt, r.id");
}
