package org.earlyhelp.platform.dataprotection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;

import org.earlyhelp.platform.audit.AccessLog;
import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditOutcome;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.context.ServiceContext;
import org.earlyhelp.platform.identity.Caller;

/**
 * What a data protection officer may ask of every service: what it holds about a person (with who accessed it), what
 * erasing a person would take, and what the retention job would erase on a given day. Only
 * {@link #OFFICER data protection officers}; every request, and every refusal, is audited.
 */
@ApplicationScoped
public class DataProtection {

    /** The realm role of a data protection officer. */
    public static final String OFFICER = "data-protection-officer";
    /** The audit action of a subject access export. */
    public static final String SUBJECT_ACCESS = "subject-access";
    static final String RETENTION_PREVIEW = "retention-preview";
    static final String ERASURE_PREVIEW = "erasure-preview";

    private final ServiceContext context;
    private final Instance<SubjectAccessSource> sources;
    private final AccessLog accessLog;
    private final Erasure erasure;
    private final RetentionJob retention;
    private final AuditTrail audit;

    DataProtection(ServiceContext context, Instance<SubjectAccessSource> sources, AccessLog accessLog, Erasure erasure,
            RetentionJob retention, AuditTrail audit) {
        this.context = context;
        this.sources = sources;
        this.accessLog = accessLog;
        this.erasure = erasure;
        this.retention = retention;
        this.audit = audit;
    }

    /** Everything this service holds about {@code personId} in the officer's areas, and who accessed it. */
    public PersonHoldings holdings(Caller caller, String trail, UUID personId) {
        AuditEntry.Builder entry = AuditEntry.of(caller).action(SUBJECT_ACCESS).resource("person", personId).person(personId);
        permit(caller, trail, entry);
        List<HeldRecord> records = new ArrayList<>();
        sources.forEach(source -> records.addAll(source.recordsAbout(personId, caller)));
        List<AccessLog.Access> accesses = accessLog.about(personId);
        audit.record(entry.build());
        return new PersonHoldings(context.name(), personId, records, accesses);
    }

    /** The records erasing {@code personId} would erase here. */
    public List<ErasableRecord> erasurePreview(Caller caller, String trail, UUID personId) {
        AuditEntry.Builder entry = AuditEntry.of(caller).action(ERASURE_PREVIEW).resource("person", personId).person(personId);
        permit(caller, trail, entry);
        List<ErasableRecord> records = erasure.naming(personId);
        audit.record(entry.build());
        return records;
    }

    /** The retention job's dry run as of {@code asOf}. */
    public RetentionReport retentionPreview(Caller caller, String trail, Instant asOf) {
        AuditEntry.Builder entry = AuditEntry.of(caller).action(RETENTION_PREVIEW).resource("retention", trail);
        permit(caller, trail, entry);
        RetentionReport report = retention.run(asOf, true);
        audit.record(entry.build());
        return report;
    }

    /** 404 for another service's name (it is not here); 403, recorded, for anyone but a data protection officer. */
    private void permit(Caller caller, String trail, AuditEntry.Builder entry) {
        if (!context.name().equals(trail)) {
            throw new NotFoundException("This service is not " + trail);
        }
        if (!caller.hasRole(OFFICER)) {
            audit.record(entry.outcome(AuditOutcome.DENIED).build());
            throw new ForbiddenException("Only a data protection officer may ask this");
        }
    }

    /**
     * What one service holds about a person.
     *
     * @param accessLog who read or changed the person's records here, and when, newest first
     */
    public record PersonHoldings(String context, UUID personId, List<HeldRecord> records, List<AccessLog.Access> accessLog) {
    }
}
