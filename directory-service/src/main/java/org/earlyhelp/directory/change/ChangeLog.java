package org.earlyhelp.directory.change;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

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
 * {@code directory.service-changed} so that referral-service can keep its copy of service names
 * and receiving agencies current. Changes made by the service itself (demo data at start-up)
 * are audited under a system actor.
 */
@ApplicationScoped
public class ChangeLog {

    public static final String SERVICE_CHANGED = "directory.service-changed";
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
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", serviceId);
        data.put("change", change);
        data.put("status", status);
        data.put("organizationId", organizationId);
        data.put("agencyCode", agencyCode);
        outbox.record(EventDraft.of(SERVICE_CHANGED, serviceId.toString(), data));
    }

    /** 412 unless the client's {@code If-Match} version is the record's current one (it edited what is there now). */
    public static void requireVersion(long current, long expected) {
        if (current != expected) {
            throw new ClientErrorException("The record has changed since you read it (it is now at version " + current
                    + "); reload it and try again", Response.status(412).tag(etag(current)).build());
        }
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    private AuditEntry.Builder actor() {
        Optional<Caller> who = Arc.container().requestContext().isActive() ? caller.find() : Optional.empty();
        return who.map(AuditEntry::of).orElseGet(() -> AuditEntry.system(SYSTEM_ACTOR));
    }
}
