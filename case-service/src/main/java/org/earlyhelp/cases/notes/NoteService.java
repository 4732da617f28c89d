package org.earlyhelp.cases.notes;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.cases.casefile.Case;
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

    /** The chronology, oldest first. */
    private static final CasePart<CaseNote> CHRONOLOGY = new CasePart<>(CaseNote.class, "r.parent.id", "r.writtenAt, r.id");

    private final CaseService cases;
    private final NoteRepository notes;

    NoteService(CaseService cases, NoteRepository notes) {
        this.cases = cases;
        this.notes = notes;
    }

    /**
     * A page of the chronology, without other agencies' restricted notes, and without other agencies' notes at all for
     * a team member whose membership does not carry case notes ({@link CaseNote#readableBy}).
     */
    @Transactional
    public Page<NoteView> chronology(UUID caseId, Caller caller, PageRequest page) {
        return cases.partAsRead(caseId, caller, CHRONOLOGY, content -> CaseNote.readableBy(caller, content),
                (note, content) -> NoteView.of(note), page);
    }

    @Transactional
    public Changed<NoteView> write(UUID caseId, NewNote body, Caller caller) {
        Case kase = cases.worked(caseId, caller, AuditAction.UPDATE);
        // Notes are the chronology: written on an open or a closed case alike.
        CaseNote note = cases.change(kase, caller, null, false, by -> {
            Instant now = Instant.now();
            CaseNote written = new CaseNote(kase, body.text(), body.restricted(), by, now);
            notes.persist(written);
            kase.partAdded(now);
            return written;
        });
        return Changed.of(NoteView.of(note), kase);
    }
}
