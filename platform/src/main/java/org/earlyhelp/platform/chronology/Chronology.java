package org.earlyhelp.platform.chronology;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;

import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.context.ServiceContext;
import org.earlyhelp.platform.identity.Caller;

/**
 * This service's part of a person's story: every {@link ChronologySource}'s entries about the person that the caller may
 * see, oldest first. Asked with a stated purpose, which the read is audited with ({@value #ACTION} on {@code person}).
 * Who may ask for the whole story is consent-service's decision (decision 0065); each part here shows a caller only what
 * the service's own record visibility lets it see, so it shows nobody more than the service's own API would.
 */
@ApplicationScoped
public class Chronology {

    /** The audit action of a chronology read, here and in consent-service's whole story. */
    public static final String ACTION = "chronology";
    /** The longest purpose a caller may state. */
    public static final int PURPOSE_MAX = 200;

    private final ServiceContext context;
    private final Instance<ChronologySource> sources;
    private final AuditTrail audit;

    Chronology(ServiceContext context, Instance<ChronologySource> sources, AuditTrail audit) {
        this.context = context;
        this.sources = sources;
        this.audit = audit;
    }

    /** This service's entries about {@code personId} that {@code caller} may see, oldest first; 404 for another service's name. */
    public Part part(Caller caller, String part, UUID personId, String purpose) {
        if (!context.name().equals(part)) {
            throw new NotFoundException("This service is not " + part);
        }
        String stated = purpose(purpose);
        List<ChronologyEntry> entries = new ArrayList<>();
        sources.forEach(source -> entries.addAll(source.entriesAbout(personId, caller)));
        entries.sort(ChronologyEntry.IN_TIME);
        audit.record(AuditEntry.of(caller).action(ACTION).resource("person", personId).person(personId).purpose(stated).build());
        return new Part(context.name(), personId, entries);
    }

    /** The stated purpose, trimmed: 400 unless it has 1 to {@value #PURPOSE_MAX} characters. */
    public static String purpose(String purpose) {
        String stated = purpose == null ? "" : purpose.strip();
        if (stated.isEmpty() || stated.length() > PURPOSE_MAX) {
            throw new BadRequestException("purpose is required: why you are reading this person's chronology, 1 to "
                    + PURPOSE_MAX + " characters");
        }
        return stated;
    }

    /** One service's part of a person's story. */
    public record Part(String context, UUID personId, List<ChronologyEntry> entries) {
    }
}
