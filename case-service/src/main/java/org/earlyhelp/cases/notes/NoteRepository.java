package org.earlyhelp.cases.notes;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class NoteRepository implements PanacheRepositoryBase<CaseNote, UUID> {
}
