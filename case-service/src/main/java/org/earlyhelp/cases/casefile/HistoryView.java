package org.earlyhelp.cases.casefile;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of a case's history as its readers see it. */
@Schema(name = "CaseHistoryEntry")
public record HistoryView(Instant at, String by, String agency, String action, String reason, String detail) {

    static HistoryView of(HistoryEntry entry) {
        return new HistoryView(entry.at(), entry.actorName(), entry.actorAgency(), entry.action(), entry.reason(), entry.detail());
    }
}
