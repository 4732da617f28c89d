package org.earlyhelp.consent.consent;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.earlyhelp.consent.dataprotection.Restrictions;
import org.earlyhelp.consent.participation.PersonReach;
import org.earlyhelp.consent.sharing.ConsentStatus;
import org.earlyhelp.platform.access.Records;
import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditOutcome;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.change.Actor;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.web.ETags;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The consent use cases. Each loads the consent through {@link Records} with this context's rule
 * ({@link ConsentVisibility}: 404 for anything the caller may not see, every attempt audited), lets
 * the {@link Consent} change itself, keeps the new version, publishes the event and audits it, all
 * in one transaction. Recording needs reach of the person already: recording never makes the
 * caller's agency a participant.
 */
@ApplicationScoped
class ConsentService {

    static final String RESOURCE = "consent";
    static final String WITHDRAW = "withdraw";

    private final ConsentRepository consents;
    private final ConsentHistory history;
    private final ConsentEvents events;
    private final PersonReach persons;
    private final Records records;
    private final AuditTrail audit;
    private final FhirConsent fhir;
    private final ConsentVisibility reading;
    private final ConsentVisibility changing;
    private final Restrictions restrictions;

    ConsentService(ConsentRepository consents, ConsentHistory history, ConsentEvents events, PersonReach persons,
            Records records, AuditTrail audit, FhirConsent fhir, Restrictions restrictions) {
        this.consents = consents;
        this.history = history;
        this.events = events;
        this.persons = persons;
        this.records = records;
        this.audit = audit;
        this.fhir = fhir;
        this.reading = ConsentVisibility.toRead(persons);
        this.changing = ConsentVisibility.toChange(persons);
        this.restrictions = restrictions;
    }

    @Transactional
    ConsentView record(Caller caller, ConsentBody body) {
        if (!persons.reaches(caller, body.personId())) {
            audit.record(AuditEntry.of(caller).action(AuditAction.CREATE).resource(RESOURCE).person(body.personId())
                    .outcome(AuditOutcome.DENIED).build());
            throw new NotFoundException("No person your agency works with has this id");
        }
        restrictions.refuseChangesAbout(body.personId());
        Instant now = now();
        Consent consent = Consent.record(body.personId(), body.toContent(), Actor.of(caller), now);
        consents.persist(consent);
        return changed(caller, consent, ConsentChange.recorded(Actor.of(caller), now), AuditAction.CREATE, now);
    }

    @Transactional
    ConsentView find(Caller caller, UUID id) {
        return shown(ConsentView.of(records.read(caller, reading, id), now()));
    }

    @Transactional
    ObjectNode exportFhir(Caller caller, UUID id) {
        Consent consent = records.find(caller, reading, id, AuditAction.EXPORT);
        audit.record(entry(caller, AuditAction.EXPORT, consent).purpose("fhir-r4").build());
        return fhir.of(ConsentView.of(consent, now()));
    }

    @Transactional
    Page<ConsentView> search(Caller caller, UUID person, ConsentStatus status, PageRequest page) {
        Instant now = now();
        return records.page(caller, reading, ConsentRepository.filter(person, status, now), "r.recordedAt desc, r.id", page)
                .map(consent -> shown(ConsentView.of(consent, now)));
    }

    @Transactional
    ConsentView amend(Caller caller, UUID id, String ifMatch, ConsentBody body) {
        Consent consent = changeable(caller, id, AuditAction.UPDATE, ifMatch);
        if (!consent.personId().equals(body.personId())) {
            throw ConsentConflict.unprocessable("A consent stays with the person it was recorded for; record a new one instead");
        }
        restrictions.refuseChangesAbout(consent.personId());
        Instant now = now();
        ConsentChange change = consent.amend(body.toContent(), Actor.of(caller), now);
        return changed(caller, consent, change, AuditAction.UPDATE, now);
    }

    @Transactional
    ConsentView withdraw(Caller caller, UUID id, String ifMatch, WithdrawalBody body) {
        Consent consent = changeable(caller, id, WITHDRAW, ifMatch);
        Instant now = now();
        // Allowed while processing is restricted: withdrawing consent is the person's right.
        ConsentChange change = consent.withdraw(Actor.of(caller), body == null ? null : body.reason(), now);
        return shown(changed(caller, consent, change, WITHDRAW, now));
    }

    @Transactional
    Page<ConsentVersionView> versions(Caller caller, UUID id, PageRequest page) {
        Consent consent = records.find(caller, reading, id, AuditAction.READ);
        audit.record(entry(caller, AuditAction.READ, consent).purpose("history").build());
        return history.versions(consent.id(), page);
    }

    @Transactional
    ConsentVersionView version(Caller caller, UUID id, int version) {
        Consent consent = records.find(caller, reading, id, AuditAction.READ);
        ConsentVersionView found = history.version(consent.id(), version)
                .orElseThrow(() -> new NotFoundException("This consent has no version " + version));
        audit.record(entry(caller, AuditAction.READ, consent).purpose("version " + version).build());
        return found;
    }

    /** Flushes so the version is final, then keeps that version, publishes and audits the change. */
    private ConsentView changed(Caller caller, Consent consent, ConsentChange change, String action, Instant now) {
        consents.flush();
        ConsentView view = ConsentView.of(consent, now);
        history.keep(view, change);
        events.publish(consent, change);
        audit.record(entry(caller, action, consent).build());
        return view;
    }

    /**
     * Visible to change (404 otherwise, before 412, so a caller who may not see it learns nothing, not
     * even its version), then locked and re-read, so a concurrent change waits and its If-Match fails cleanly.
     */
    private Consent changeable(Caller caller, UUID id, String action, String ifMatch) {
        Consent consent = consents.lockForChange(records.find(caller, changing, id, action));
        ETags.checkIfSent(ifMatch, consent.version());
        return consent;
    }

    /** The view as shown, saying whether processing of the person is restricted (never kept in a version). */
    private ConsentView shown(ConsentView view) {
        return restrictions.restricts(view.personId()) ? view.asRestricted() : view;
    }

    private static AuditEntry.Builder entry(Caller caller, String action, Consent consent) {
        return AuditEntry.of(caller).action(action).resource(RESOURCE, consent.id()).person(consent.personId());
    }

    /** PostgreSQL keeps microseconds: what is returned is what is read back later. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
