package org.earlyhelp.cases.casefile;

/**
 * One kind of record that belongs to a case and is listed on its own path ({@code /api/cases/{id}/<part>}): the entity,
 * the JPQL path from it (alias {@code r}) to its case's id (each feature declares its own), and the stable order its pages come in (JPQL after
 * {@code order by}, ending with a unique column so that no two requests cut a page differently). The orders are the
 * ones the OpenAPI document and decision 0043 state.
 */
public record CasePart<T>(Class<T> type, String caseId, String order) {

    /** Oldest first: by time, then by the line's number (lines written in one change share a time). */
    public static final CasePart<HistoryEntry> HISTORY = new CasePart<>(HistoryEntry.class, "r.parent.id", "r.at, r.id");
}
