package org.earlyhelp.platform.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

/**
 * Who read or changed a person's records, and when: the part of a subject access request that the audit trail
 * answers (issue 28). Only ids, agencies, roles, actions and times: the trail holds no names.
 */
@ApplicationScoped
public class AccessLog {

    /** Enough for any real person's history; a request that finds more says so. */
    static final int MOST = PageRequest.MAX_SIZE * 50;

    private final AuditEvents events;

    AccessLog(AuditEvents events) {
        this.events = events;
    }

    /** Every entry naming {@code personId}, newest first. */
    public List<Access> about(UUID personId) {
        AuditQuery query = new AuditQuery(personId, null, null, null, null, null, null, null, null);
        List<Access> found = new ArrayList<>();
        for (int page = 0; found.size() < MOST; page++) {
            Page<AuditRow> rows = events.search(query, new PageRequest(page, PageRequest.MAX_SIZE));
            rows.items().forEach(row -> found.add(new Access(row.occurredAt(), row.username(), row.agency(), row.roles(),
                    row.action(), row.resourceType(), row.resourceId(), row.purpose(), row.outcome())));
            if (rows.items().size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        return found;
    }

    /** One read or change of a person's records, as the person is told of it. */
    public record Access(java.time.Instant at, String username, String agency, List<String> roles, String action,
            String resourceType, String resourceId, String purpose, String outcome) {
    }
}
