package org.earlyhelp.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;

import org.earlyhelp.platform.context.ServiceContext;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

/**
 * Auditors reading this service's audit trail. Reading the trail is itself recorded in it,
 * and so is every refused attempt to read it.
 */
@ApplicationScoped
class AuditReview {

    static final String AUDITOR = "auditor";
    static final String RESOURCE_TYPE = "audit-trail";
    static final String VERIFY = "verify";

    private final ServiceContext context;
    private final AuditEvents events;
    private final ChainVerifier verifier;
    private final AuditTrail audit;

    AuditReview(ServiceContext context, AuditEvents events, ChainVerifier verifier, AuditTrail audit) {
        this.context = context;
        this.events = events;
        this.verifier = verifier;
        this.audit = audit;
    }

    Page<AuditEventView> search(Caller caller, String trail, AuditQuery query, PageRequest page) {
        AuditEntry.Builder entry = entry(caller, AuditAction.LIST, trail);
        if (query.personId() != null) {
            entry.person(query.personId());
        }
        permit(caller, trail, entry);
        Page<AuditEventView> found = events.search(query, page).map(AuditEventView::of);
        audit.record(entry.build());
        return found;
    }

    ChainReport verify(Caller caller, String trail) {
        AuditEntry.Builder entry = entry(caller, VERIFY, trail);
        permit(caller, trail, entry);
        ChainReport report = verifier.verify();
        audit.record(entry.build());
        return report;
    }

    /** 404 for another service's trail (it is not here); 403, recorded, for anyone but an auditor. */
    private void permit(Caller caller, String trail, AuditEntry.Builder entry) {
        if (!context.name().equals(trail)) {
            throw new NotFoundException("This service keeps no audit trail named " + trail);
        }
        if (!caller.hasRole(AUDITOR)) {
            audit.record(entry.outcome(AuditOutcome.DENIED).build());
            throw new ForbiddenException("Only auditors may read the audit trail");
        }
    }

    private static AuditEntry.Builder entry(Caller caller, String action, String trail) {
        return AuditEntry.of(caller).action(action).resource(RESOURCE_TYPE, trail);
    }
}
