package org.earlyhelp.cases.notes;

import java.time.Instant;
import java.util.UUID;

/** A note in the chronology as a reader who may see it reads it. */
public record NoteView(UUID id, Instant writtenAt, String author, String agency, String text, boolean restricted) {

    static NoteView of(CaseNote note) {
        return new NoteView(note.id(), note.writtenAt(), note.authorName(), note.authorAgency(), note.text(), note.restricted());
    }
}
