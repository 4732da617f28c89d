package org.earlyhelp.e2e.access;

import java.util.Map;
import java.util.UUID;

import org.earlyhelp.e2e.Agency;
import org.earlyhelp.e2e.Cases;
import org.earlyhelp.e2e.Login;


/**
 * Notes in a case's chronology (restricted ones, or not), on the cases of {@link CaseCells}: own =
 * written by the agency on the case it leads; participant = written by the lead on a case the agency
 * is on the team of; unrelated = the next agency's own note. Listing a case's notes is how they are
 * read; writing adds a new one to the same case.
 */
final class CaseNoteCells extends ResourceCells {

    private final CaseCells cases;
    private final boolean restricted;

    CaseNoteCells(CaseCells cases, boolean restricted) {
        this.cases = cases;
        this.restricted = restricted;
    }

    @Override
    String name() {
        return restricted ? "restricted-note" : "case-note";
    }

    @Override
    Fixture make(Relationship relationship, Agency agency) {
        return switch (relationship) {
            case OWN -> written(cases.shared(Relationship.OWN, agency), agency.practitioner());
            case PARTICIPANT -> {
                Fixture kase = cases.shared(Relationship.PARTICIPANT, agency);
                yield written(kase, leadPractitioner(kase));
            }
            case UNRELATED -> shared(Relationship.OWN, agency.next());
        };
    }

    private static Login leadPractitioner(Fixture kase) {
        return kase.agency().equals(Agency.BRIGHTSTART.code()) ? Login.WORKER_LEE : Login.HV_MORGAN;
    }

    private Fixture written(Fixture kase, Login author) {
        UUID note = Cases.writeNote(author, kase.id(), "Home visit: the family engaged well; next visit booked.", restricted);
        return new Fixture(note, kase.personId(), null, kase.id(), kase.agency());
    }

    @Override
    Outcome perform(String action, Login caller, Fixture note) {
        return switch (action) {
            case "list" -> listed(caller, note);
            case "write" -> Requests.post(caller, Map.of("text", "Spoke to the school about attendance.", "restricted", restricted),
                    "/api/cases/{id}/notes", note.parentId());
            default -> throw unknown(name(), action);
        };
    }

    /** A case's chronology is paged like every list: the note is looked for on every page. */
    private static Outcome listed(Login caller, Fixture note) {
        return Requests.listed(caller, "/api/cases/" + note.parentId() + "/notes", Map.of(), note.id());
    }
}
