package org.earlyhelp.cases.casefile;

import java.time.Instant;

/** One line of a case's history as its readers see it. */
public record CaseHistoryView(Instant at, String by, String agency, String action, String reason, String detail) {

    static CaseHistoryView of(HistoryEntry entry) {
        return new CaseHistoryView(entry.at(), entry.actorName(), entry.actorAgency(), entry.action(), entry.reason(), entry.detail());
    }
}
