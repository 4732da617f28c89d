package org.earlyhelp.cases.notes;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.cases.casefile.CaseAccess;
import org.earlyhelp.cases.casefile.Changed;
import org.earlyhelp.platform.http.Problem;
import org.earlyhelp.platform.identity.CurrentCaller;
import org.earlyhelp.platform.idempotency.Idempotent;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Case notes: the chronology. */
@Path("/api/cases/{id}/notes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Case notes", description = "The chronology; a restricted note is read only by its author's agency")
class NoteResource {

    private final NoteService notes;
    private final CurrentCaller caller;

    NoteResource(NoteService notes, CurrentCaller caller) {
        this.notes = notes;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The chronology, oldest first",
            description = "A page of notes, oldest first (by time written, then id). Restricted notes of other agencies are left out of the page and its total.")
    @APIResponse(responseCode = "200", description = "A page of notes, oldest first")
    @APIResponse(responseCode = "404", description = "No such case you may see", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<NoteView> listNotes(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return notes.chronology(id, caller.get(), page);
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ CaseAccess.PRACTITIONER, CaseAccess.CASE_LEAD })
    @Operation(summary = "Write a note", description = "A practitioner of the lead agency or of a team member agency, on an open or closed case. `Idempotency-Key` honoured.")
    @APIResponse(responseCode = "201", description = "The note", headers = { @Header(name = "Location"), @Header(name = "ETag") })
    @APIResponse(responseCode = "403", description = "Sees the case but does not work on it (e.g. the hub)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A person on the case is restricted (`processing-restricted`)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case you may see", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response writeNote(@PathParam("id") UUID id, @Valid @NotNull NewNote note) {
        Changed<NoteView> written = notes.write(id, note, caller.get());
        return written.created("/api/cases/" + id + "/notes/" + written.body().id());
    }
}
