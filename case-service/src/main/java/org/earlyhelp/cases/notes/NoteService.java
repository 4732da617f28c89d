package org.earlyhelp.cases.notes;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.cases.casefile.Case;
import org.earlyhelp.cases.casefile.CaseNote;
import org.earlyhelp.cases.casefile.CasePart;
import org.earlyhelp.cases.casefile.CaseService;
import org.earlyhelp.cases.casefile.Changed;
import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

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

    /** A page of the chronology, without other agencies' restricted notes ({@link CaseNote#readableBy}). */
    @Transactional
    public Page<NoteView> chronology(UUID caseId, Caller caller, PageRequest page) {
        return cases.part(caseId, caller, CasePart.NOTES, CaseNote.readableBy(caller), page).map(NoteView::of);
    }

    @Transactional
    public Changed<NoteView> write(UUID caseId, NewNote body, Caller caller) {
        Case kase = cases.worked(caseId, caller, AuditAction.UPDATE);
        CaseNote note = cases.change(kase, caller, null, false, by -> kase.addNote(body.text(), body.restricted(), by, Instant.now()));
        return Changed.of(NoteView.of(note), kase);
    }
}
