package org.earlyhelp.platform.audit;

import java.util.UUID;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.identity.CurrentCaller;
import org.jboss.logging.MDC;

/**
 * A stand-in for a service: records belong to one agency, and sharing one from any other
 * agency is refused as "not found" after the refusal is audited. The request id goes into the
 * logging context here the way the platform's request filter puts it there.
 */
@Path("/api/guarded-records/{id}")
class GuardedRecordResource {

    static final String TYPE = "guarded-record";
    static final String OWNER = "northshire-police";

    private final CurrentCaller caller;
    private final AuditTrail audit;

    GuardedRecordResource(CurrentCaller caller, AuditTrail audit) {
        this.caller = caller;
        this.audit = audit;
    }

    @POST
    @Path("share")
    @Transactional
    public void share(@PathParam("id") UUID id, @QueryParam("person") UUID person, @HeaderParam("X-Request-Id") String requestId) {
        if (requestId != null) {
            MDC.put(AuditEntry.REQUEST_ID_KEY, requestId);
        }
        try {
            Caller who = caller.get();
            // Written in the request's transaction: it disappears if the request fails.
            audit.record(entry(who, AuditAction.READ, id, person).build());
            if (!who.belongsTo(OWNER)) {
                audit.record(entry(who, AuditAction.SHARE, id, person).outcome(AuditOutcome.DENIED).build());
                throw new NotFoundException();
            }
            audit.record(entry(who, AuditAction.SHARE, id, person).build());
        } finally {
            MDC.remove(AuditEntry.REQUEST_ID_KEY);
        }
    }

    private static AuditEntry.Builder entry(Caller who, String action, UUID id, UUID person) {
        return AuditEntry.of(who).action(action).resource(TYPE, id).person(person).purpose("consent");
    }
}
