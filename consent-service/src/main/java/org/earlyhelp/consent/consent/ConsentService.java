package org.earlyhelp.consent.consent;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.OptionalInt;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.earlyhelp.consent.participation.PersonAccess;
import org.earlyhelp.consent.sharing.ConsentStatus;
import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditOutcome;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The consent use cases. Each checks the caller may act for the person (404 otherwise, audited),
 * lets the {@link Consent} change itself, keeps the new version, publishes the event and audits
 * it, all in one transaction.
 */
@ApplicationScoped
class ConsentService {

    static final String RESOURCE = "consent";

    private final ConsentRepository consents;
    private final ConsentHistory history;
    private final ConsentEvents events;
    private final PersonAccess access;
    private final AuditTrail audit;
    private final FhirConsent fhir;

    ConsentService(ConsentRepository consents, ConsentHistory history, ConsentEvents events, PersonAccess access,
            AuditTrail audit, FhirConsent fhir) {
        this.consents = consents;
        this.history = history;
        this.events = events;
        this.access = access;
        this.audit = audit;
        this.fhir = fhir;
    }

    @Transactional
    ConsentView record(Caller caller, ConsentBody body) {
        if (!access.mayActFor(caller, body.personId())) {
            throw refused(caller, AuditAction.CREATE, null, body.personId());
        }
        Instant now = now();
        Consent consent = Consent.record(body.personId(), body.toContent(), Actor.of(caller), now);
        consents.persist(consent);
        return changed(caller, consent, ConsentChange.recorded(Actor.of(caller), now), AuditAction.CREATE, now);
    }

    @Transactional
    ConsentView find(Caller caller, UUID id) {
        Consent consent = readable(caller, id, AuditAction.READ);
        audit.record(entry(caller, AuditAction.READ, consent).build());
        return ConsentView.of(consent, now());
    }

    @Transactional
    ObjectNode exportFhir(Caller caller, UUID id) {
        Consent consent = readable(caller, id, AuditAction.EXPORT);
        audit.record(entry(caller, AuditAction.EXPORT, consent).purpose("fhir-r4").build());
        return fhir.of(ConsentView.of(consent, now()));
    }

    @Transactional
    Page<ConsentView> search(Caller caller, UUID person, ConsentStatus status, PageRequest page) {
        Instant now = now();
        var query = consents.search(person, status, access.readingLimitedToAgency(caller), now, page);
        Page<ConsentView> found = new Page<>(query.list().stream().map(consent -> ConsentView.of(consent, now)).toList(),
                page.page(), page.size(), query.count());
        AuditEntry.Builder entry = AuditEntry.of(caller).action(AuditAction.LIST).resource(RESOURCE);
        found.items().stream().map(ConsentView::personId).distinct().forEach(entry::person);
        audit.record(entry.build());
        return found;
    }

    @Transactional
    ConsentView amend(Caller caller, UUID id, int expectedVersion, ConsentBody body) {
        Consent consent = changeable(caller, id, AuditAction.UPDATE, OptionalInt.of(expectedVersion));
        if (!consent.personId().equals(body.personId())) {
            throw ConsentConflict.unprocessable("A consent stays with the person it was recorded for; record a new one instead");
        }
        Instant now = now();
        ConsentChange change = consent.amend(body.toContent(), Actor.of(caller), now);
        return changed(caller, consent, change, AuditAction.UPDATE, now);
    }

    @Transactional
    ConsentView withdraw(Caller caller, UUID id, OptionalInt expectedVersion, WithdrawalBody body) {
        Consent consent = changeable(caller, id, WITHDRAW, expectedVersion);
        Instant now = now();
        ConsentChange change = consent.withdraw(Actor.of(caller), body == null ? null : body.reason(), now);
        return changed(caller, consent, change, WITHDRAW, now);
    }

    @Transactional
    Page<ConsentVersionView> versions(Caller caller, UUID id, PageRequest page) {
        Consent consent = readable(caller, id, AuditAction.READ);
        audit.record(entry(caller, AuditAction.READ, consent).purpose("history").build());
        return history.versions(consent.id(), page);
    }

    @Transactional
    ConsentVersionView version(Caller caller, UUID id, int version) {
        Consent consent = readable(caller, id, AuditAction.READ);
        ConsentVersionView found = history.version(consent.id(), version)
                .orElseThrow(() -> new NotFoundException("This consent has no version " + version));
        audit.record(entry(caller, AuditAction.READ, consent).purpose("version " + version).build());
        return found;
    }

    static final String WITHDRAW = "withdraw";

    /** Flushes so the version is final, then keeps that version, publishes and audits the change. */
    private ConsentView changed(Caller caller, Consent consent, ConsentChange change, String action, Instant now) {
        consents.flush();
        ConsentView view = ConsentView.of(consent, now);
        history.keep(view, change);
        events.publish(consent, change);
        audit.record(entry(caller, action, consent).build());
        return view;
    }

    private Consent readable(Caller caller, UUID id, String action) {
        Consent consent = consents.findByIdOptional(id).orElseThrow(() -> missing(caller, action, id));
        if (!access.mayReadAbout(caller, consent.personId())) {
            throw refused(caller, action, id, consent.personId());
        }
        return consent;
    }

    /** Locked for the change; 404 before 412 so a caller who may not see it learns nothing, not even its version. */
    private Consent changeable(Caller caller, UUID id, String action, OptionalInt expectedVersion) {
        Consent consent = consents.findForUpdate(id).orElseThrow(() -> missing(caller, action, id));
        if (!access.mayActFor(caller, consent.personId())) {
            throw refused(caller, action, id, consent.personId());
        }
        if (expectedVersion.isPresent() && expectedVersion.getAsInt() != consent.version()) {
            throw ETags.stale(consent.version());
        }
        return consent;
    }

    private NotFoundException missing(Caller caller, String action, UUID id) {
        audit.record(AuditEntry.of(caller).action(action).resource(RESOURCE, id).outcome(AuditOutcome.NOT_FOUND).build());
        return notFound();
    }

    private NotFoundException refused(Caller caller, String action, UUID id, UUID person) {
        audit.record(AuditEntry.of(caller).action(action).resource(RESOURCE, id).person(person)
                .outcome(AuditOutcome.DENIED).build());
        return notFound();
    }

    private static NotFoundException notFound() {
        return new NotFoundException("No such consent, or none about a person your agency works with");
    }

    private static AuditEntry.Builder entry(Caller caller, String action, Consent consent) {
        return AuditEntry.of(caller).action(action).resource(RESOURCE, consent.id()).person(consent.personId());
    }

    /** PostgreSQL keeps microseconds: what is returned is what is read back later. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
