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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the hub's screeners have to decide, most pressing first. Decisions are made on the referral itself. */
@Path("/api/triage-queue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Triage queue", description = "What the hub's screeners have to decide")
class TriageQueueResource {

    private final TriageQueue queue;
    private final CurrentCaller caller;

    TriageQueueResource(TriageQueue queue, CurrentCaller caller) {
        this.queue = queue;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Reach.HUB_TRIAGE)
    @Operation(summary = "The open referrals of your areas, most pressing first",
            description = """
                    A page of the submitted, in-triage and awaiting-information referrals of the caller's hub areas: \
                    immediate risk first, then by urgency, then oldest first; each with `decisionDueBy`, `overdue` and \
                    `knownToServices` (the strong candidate matches of its people and the open cumulative-concern alerts on \
                    it). One awaiting the referrer's answer has `informationDueBy` (the answer's due date) and \
                    `informationOverdue: true` once that date has passed unanswered; its decision clock is paused, so it is \
                    never `overdue` meanwhile.""")
    @APIResponse(responseCode = "200", description = "A page of queue items, most pressing first")
    public Page<QueueItem> triageQueue(@BeanParam @Valid PageRequest page) {
        return queue.waiting(caller.get(), page);
    }
}
