package org.earlyhelp.cases.notes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.cases.casefile.Case;
import org.earlyhelp.cases.casefile.CaseNote;
import org.earlyhelp.cases.casefile.CaseService;
import org.earlyhelp.cases.casefile.Changed;
import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.identity.Caller;

/**
 * The case chronology. Practitioners of the agencies taking part write notes; everyone who sees the
 * case reads them, except restricted notes, which only the author's agency reads.
 */
@ApplicationScoped
public class NoteService {

    private final CaseService cases;

    NoteService(CaseService cases) {
        this.cases = cases;
    }

    @Transactional
    public List<NoteView> chronology(UUID caseId, Caller caller) {
        Case kase = cases.visible(caseId, caller, AuditAction.READ);
        cases.audited(caller, AuditAction.READ, kase);
        return kase.notes().stream().filter(note -> note.readableBy(Reach.of(caller).agency())).map(NoteView::of).toList();
    }

    @Transactional
    public Changed<NoteView> write(UUID caseId, NewNote body, Caller caller) {
        Case kase = cases.worked(caseId, caller, AuditAction.UPDATE);
        CaseNote note = cases.change(kase, caller, null, false, by -> kase.addNote(body.text(), body.restricted(), by, Instant.now()));
        return Changed.of(NoteView.of(note), kase);
    }
}
