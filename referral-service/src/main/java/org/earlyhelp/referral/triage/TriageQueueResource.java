package org.earlyhelp.referral.triage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.identity.CurrentCaller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

/** What the hub's screeners have to decide, most pressing first. Decisions are made on the referral itself. */
@Path("/api/triage-queue")
@Produces(MediaType.APPLICATION_JSON)
class TriageQueueResource {

    private final TriageQueue queue;
    private final CurrentCaller caller;

    TriageQueueResource(TriageQueue queue, CurrentCaller caller) {
        this.queue = queue;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Reach.HUB_TRIAGE)
    public Page<QueueItem> triageQueue(@BeanParam @Valid PageRequest page) {
        return queue.waiting(caller.get(), page);
    }
}
