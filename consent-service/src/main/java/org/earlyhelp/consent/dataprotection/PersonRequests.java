package org.earlyhelp.consent.dataprotection;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ForbiddenException;

import org.earlyhelp.consent.consent.ConsentRecords;
import org.earlyhelp.consent.contract.ConsentFeed;
import org.earlyhelp.consent.participation.PersonLinks;
import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditOutcome;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.change.IllegalTransition;
import org.earlyhelp.platform.dataprotection.DataProtection;
import org.earlyhelp.platform.dataprotection.Erasure;
import org.earlyhelp.platform.events.EventDraft;
import org.earlyhelp.platform.events.Outbox;
import org.earlyhelp.platform.identity.Caller;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a data protection officer asks about a person (decision 0062): a rectification, a restriction or its lift, an
 * erasure. Each is kept with its reason (sealed), audited, and published on this service's feed (ids and the corrected
 * details only, never the reason) for every service to follow, in one transaction. Anyone else is refused (403, audited).
 */
@ApplicationScoped
class PersonRequests {

    static final String RESOURCE = "person";
    static final String ERASURE_PREVIEW = "erasure-preview";

    private final EntityManager entityManager;
    private final PersonLinks links;
    private final Restrictions restrictions;
    private final OpenCases openCases;
    private final ConsentRecords consents;
    private final OtherContexts otherContexts;
    private final Erasure erasure;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final ObjectMapper json;

    PersonRequests(EntityManager entityManager, PersonLinks links, Restrictions restrictions, OpenCases openCases,
            ConsentRecords consents, OtherContexts otherContexts, Erasure erasure, Outbox outbox, AuditTrail audit, ObjectMapper json) {
        this.entityManager = entityManager;
        this.links = links;
        this.restrictions = restrictions;
        this.openCases = openCases;
        this.consents = consents;
        this.otherContexts = otherContexts;
        this.erasure = erasure;
        this.outbox = outbox;
        this.audit = audit;
        this.json = json;
    }

    @Transactional
    PersonRequestView rectify(Caller caller, UUID personId, RectificationBody body) {
        permit(caller, PersonRequest.RECTIFICATION, personId);
        if (body.correctsNothing()) {
            throw new ClientErrorException("A rectification corrects at least one of givenName, familyName, dateOfBirth", 422);
        }
        Instant now = now();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("givenName", body.givenName());
        details.put("familyName", body.familyName());
        details.put("dateOfBirth", body.dateOfBirth() == null ? null : body.dateOfBirth().toString());
        PersonRequest request = keep(PersonRequest.of(PersonRequest.RECTIFICATION, personId, body.reason(), asJson(details), caller, now));
        consents.rectify(personId, body.givenName(), body.familyName(), body.dateOfBirth());
        publish(ConsentFeed.PersonRectified.TYPE, personId, new ConsentFeed.PersonRectified(personId, body.givenName(),
                body.familyName(), body.dateOfBirth(), request.id, caller.username(), now));
        return done(caller, request);
    }

    @Transactional
    PersonRequestView restrict(Caller caller, UUID personId, String reason) {
        permit(caller, PersonRequest.RESTRICTION, personId);
        lockRestrictions();
        if (restrictions.restricts(personId)) {
            throw new IllegalTransition("Processing of this person's data is already restricted");
        }
        Instant now = now();
        PersonRequest request = keep(PersonRequest.of(PersonRequest.RESTRICTION, personId, reason, null, caller, now));
        restrictions.restrict(personId, request.id, now);
        publish(ConsentFeed.PersonRestriction.RESTRICTED, personId,
                new ConsentFeed.PersonRestriction(personId, request.id, caller.username(), now));
        return done(caller, request);
    }

    @Transactional
    PersonRequestView lift(Caller caller, UUID personId, String reason) {
        permit(caller, PersonRequest.RESTRICTION_LIFT, personId);
        lockRestrictions();
        Set<UUID> ids = links.idsOf(personId);
        if (restrictions.restrictedAmong(ids).isEmpty()) {
            throw new IllegalTransition("Processing of this person's data is not restricted");
        }
        Instant now = now();
        PersonRequest request = keep(PersonRequest.of(PersonRequest.RESTRICTION_LIFT, personId, reason, null, caller, now));
        restrictions.lift(ids);
        publish(ConsentFeed.PersonRestriction.LIFTED, personId,
                new ConsentFeed.PersonRestriction(personId, request.id, caller.username(), now));
        return done(caller, request);
    }

    @Transactional
    RestrictionView restriction(Caller caller, UUID personId) {
        permit(caller, "read", personId);
        Set<UUID> ids = links.idsOf(personId);
        var history = entityManager.createQuery("SELECT r FROM PersonRequest r WHERE r.personId IN :ids AND r.kind IN :kinds"
                + " ORDER BY r.requestedAt DESC, r.id", PersonRequest.class)
                .setParameter("ids", ids).setParameter("kinds", Set.of(PersonRequest.RESTRICTION, PersonRequest.RESTRICTION_LIFT))
                .getResultList().stream().map(PersonRequestView::of).toList();
        audit.record(entry(caller, "read", personId).purpose("restriction").build());
        return new RestrictionView(personId, !restrictions.restrictedAmong(ids).isEmpty(), history);
    }

    /** A dry run: what each context, this one included, would erase. Every context must answer (503 otherwise). */
    @Transactional
    ErasureView erasurePreview(Caller caller, String bearer, UUID personId) {
        permit(caller, ERASURE_PREVIEW, personId);
        Map<String, JsonNode> contexts = new LinkedHashMap<>(otherContexts.erasurePreviews(bearer, personId));
        contexts.put("consent", json.valueToTree(erasure.naming(personId)));
        audit.record(entry(caller, ERASURE_PREVIEW, personId).build());
        return new ErasureView(null, personId, true, contexts);
    }

    /**
     * Erases what this service holds about the person now, and tells every other service to ({@code person.erased}); refused
     * while the person, or anyone linked to them, is a member of an open case.
     */
    @Transactional
    ErasureView erase(Caller caller, String bearer, UUID personId, String reason) {
        permit(caller, PersonRequest.ERASURE, personId);
        Set<UUID> ids = links.idsOf(personId);
        if (openCases.anyMember(ids)) {
            audit.record(entry(caller, PersonRequest.ERASURE, personId).purpose("open-case").outcome(AuditOutcome.DENIED).build());
            throw new PersonInOpenCase();
        }
        Map<String, JsonNode> contexts = new LinkedHashMap<>(otherContexts.erasurePreviewsAnswered(bearer, personId));
        Instant now = now();
        PersonRequest request = keep(PersonRequest.of(PersonRequest.ERASURE, personId, reason, null, caller, now));
        contexts.put("consent", json.valueToTree(erasure.erasePerson(personId, reason, "erasure-request:" + caller.username())));
        // The corrected details of earlier rectifications name the person too; the requests themselves stay, as proof.
        entityManager.createQuery("UPDATE PersonRequest r SET r.details = null WHERE r.personId IN :ids").setParameter("ids", ids)
                .executeUpdate();
        publish(ConsentFeed.PersonErased.TYPE, personId, new ConsentFeed.PersonErased(personId, request.id, caller.username(), now));
        done(caller, request);
        return new ErasureView(request.id, personId, false, contexts);
    }

    /** 403, audited, for anyone but a data protection officer. */
    private void permit(Caller caller, String action, UUID personId) {
        if (!caller.hasRole(DataProtection.OFFICER)) {
            audit.record(entry(caller, action, personId).outcome(AuditOutcome.DENIED).build());
            throw new ForbiddenException("Only a data protection officer may ask this");
        }
    }

    /** One restriction or lift at a time, so that two officers cannot both restrict (or both lift) the same person. */
    private void lockRestrictions() {
        entityManager.createNativeQuery("LOCK TABLE restricted_person IN SHARE ROW EXCLUSIVE MODE").executeUpdate();
    }

    private PersonRequest keep(PersonRequest request) {
        entityManager.persist(request);
        return request;
    }

    private PersonRequestView done(Caller caller, PersonRequest request) {
        audit.record(entry(caller, request.kind, request.personId).resource(RESOURCE + "-request", request.id).build());
        return PersonRequestView.of(request);
    }

    private void publish(String type, UUID personId, Object payload) {
        // Ids and corrected details only: read by the other services, each following it for the person and those it links to them.
        outbox.record(EventDraft.of(type, personId.toString(), payload));
    }

    private static AuditEntry.Builder entry(Caller caller, String action, UUID personId) {
        return AuditEntry.of(caller).action(action).resource(RESOURCE, personId).person(personId);
    }

    private String asJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
