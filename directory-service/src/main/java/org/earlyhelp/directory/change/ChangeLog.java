package org.earlyhelp.directory.change;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.directory.contract.DirectoryFeed;
import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.events.EventDraft;
import org.earlyhelp.platform.events.Outbox;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.identity.CurrentCaller;

import io.quarkus.arc.Arc;

/**
 * Every change to the directory goes through here: it is audited (who, what, which record) in
 * the change's transaction, and a change to a service is published as
 * {@code directory.service-changed} ({@link DirectoryFeed.ServiceChanged}) for whoever follows the
 * directory's feed. Changes made by the service itself (demo data at start-up)
 * are audited under a system actor.
 */
@ApplicationScoped
public class ChangeLog {

    private static final String SYSTEM_ACTOR = "directory-service";

    private final AuditTrail audit;
    private final Outbox outbox;
    private final CurrentCaller caller;

    ChangeLog(AuditTrail audit, Outbox outbox, CurrentCaller caller) {
        this.audit = audit;
        this.outbox = outbox;
        this.caller = caller;
    }

    public void record(String action, String resourceType, UUID id) {
        audit.record(actor().action(action).resource(resourceType, id).build());
    }

    public void serviceChanged(UUID serviceId, String status, UUID organizationId, String agencyCode, String change) {
        outbox.record(EventDraft.of(DirectoryFeed.ServiceChanged.TYPE, serviceId.toString(),
                new DirectoryFeed.ServiceChanged(serviceId, change, status, organizationId, agencyCode)));
    }

    private AuditEntry.Builder actor() {
        Optional<Caller> who = Arc.container().requestContext().isActive() ? caller.find() : Optional.empty();
        return who.map(AuditEntry::of).orElseGet(() -> AuditEntry.system(SYSTEM_ACTOR));
    }
}
