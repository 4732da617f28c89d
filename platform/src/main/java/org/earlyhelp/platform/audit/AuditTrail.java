package org.earlyhelp.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Where a service records every read or change of personal data:
 * {@code audit.record(AuditEntry.of(caller).action(AuditAction.READ).resource("record", id).people(personId).build())}.
 *
 * <p>A successful action is recorded in the caller's transaction, so it is kept exactly when
 * the change it describes is. Any other outcome (denied, not found, error) is recorded in a
 * transaction of its own and committed at once: such attempts usually end in an exception
 * that rolls the request's transaction back, and the trail must keep them all the same.
 */
@ApplicationScoped
public class AuditTrail {

    private final AuditEvents events;

    AuditTrail(AuditEvents events) {
        this.events = events;
    }

    /**
     * Appends {@code entry} to the audit trail and returns its row id. Joins the current
     * transaction (or runs in one of its own if there is none) for {@link AuditOutcome#SUCCESS};
     * commits independently of the caller for every other outcome.
     */
    public long record(AuditEntry entry) {
        if (entry.outcome() == AuditOutcome.SUCCESS) {
            return QuarkusTransaction.joiningExisting().call(() -> events.insert(entry));
        }
        return QuarkusTransaction.requiringNew().call(() -> events.insert(entry));
    }
}
