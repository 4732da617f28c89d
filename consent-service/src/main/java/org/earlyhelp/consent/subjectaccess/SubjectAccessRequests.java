package org.earlyhelp.consent.subjectaccess;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;

import org.earlyhelp.consent.dataprotection.OtherContexts;
import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditOutcome;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.change.IllegalTransition;
import org.earlyhelp.platform.context.ServiceContext;
import org.earlyhelp.platform.dataprotection.DataProtection;
import org.earlyhelp.platform.identity.Caller;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Subject access requests (decision 0062): gathers, with the officer's own token, what every context holds about the
 * person (this one in process) and keeps it sealed; a context that does not answer leaves nothing stored. Only data
 * protection officers ask (403, audited); only those of the asking officer's agency see a request (404 otherwise). Every
 * request, choice and download is audited with the person's id.
 */
@ApplicationScoped
class SubjectAccessRequests {

    static final String RESOURCE = "subject-access-request";
    static final String CHOOSE = "choose-person";

    private final EntityManager entityManager;
    private final OtherContexts otherContexts;
    private final DataProtection dataProtection;
    private final ServiceContext context;
    private final AuditTrail audit;
    private final ObjectMapper json;

    SubjectAccessRequests(EntityManager entityManager, OtherContexts otherContexts, DataProtection dataProtection,
            ServiceContext context, AuditTrail audit, ObjectMapper json) {
        this.entityManager = entityManager;
        this.otherContexts = otherContexts;
        this.dataProtection = dataProtection;
        this.context = context;
        this.audit = audit;
        this.json = json;
    }

    @Transactional
    SubjectAccessView ask(Caller caller, String bearer, SubjectAccessBody body) {
        permit(caller, AuditAction.CREATE, body.personId());
        Instant now = now();
        SubjectAccessRequest request = SubjectAccessRequest.asked(caller, body.reference(), now);
        if (body.byPersonId()) {
            complete(caller, bearer, request, body.personId());
        } else if (body.byNameAndBirthDate()) {
            JsonNode candidates = otherContexts.candidates(bearer, body.givenName(), body.familyName(), body.dateOfBirth())
                    .path("candidates");
            List<UUID> ids = new ArrayList<>();
            candidates.forEach(candidate -> ids.add(UUID.fromString(candidate.path("personId").asText())));
            request.awaitChoice(write(Map.of("givenName", body.givenName(), "familyName", body.familyName(),
                    "dateOfBirth", body.dateOfBirth().toString())), write(candidates), ids);
        } else {
            throw new ClientErrorException("Ask about a personId, or about givenName, familyName and dateOfBirth together", 422);
        }
        entityManager.persist(request);
        audit.record(entry(caller, AuditAction.CREATE, request).purpose(request.status).build());
        return view(request);
    }

    @Transactional
    SubjectAccessView choose(Caller caller, String bearer, UUID id, UUID personId) {
        SubjectAccessRequest request = visible(caller, id, CHOOSE);
        if (!request.awaitsChoice()) {
            throw new IllegalTransition("This request is about a person already");
        }
        if (!Arrays.asList(request.candidateIds).contains(personId)) {
            throw new ClientErrorException("personId: not one of this request's candidates", 422);
        }
        complete(caller, bearer, request, personId);
        audit.record(entry(caller, CHOOSE, request).build());
        return view(request);
    }

    @Transactional
    SubjectAccessView find(Caller caller, UUID id) {
        SubjectAccessRequest request = visible(caller, id, AuditAction.READ);
        audit.record(entry(caller, AuditAction.READ, request).build());
        return view(request);
    }

    @Transactional
    JsonNode bundle(Caller caller, UUID id) {
        SubjectAccessRequest request = exported(caller, id, "bundle");
        return read(request.bundle);
    }

    @Transactional
    String document(Caller caller, UUID id) {
        SubjectAccessRequest request = exported(caller, id, "document");
        return SubjectAccessDocument.of(read(request.bundle));
    }

    private SubjectAccessRequest exported(Caller caller, UUID id, String form) {
        SubjectAccessRequest request = visible(caller, id, AuditAction.EXPORT);
        if (request.awaitsChoice()) {
            throw new IllegalTransition("Choose the person first: POST /api/subject-access-requests/" + id + "/person");
        }
        audit.record(entry(caller, AuditAction.EXPORT, request).purpose(form).build());
        return request;
    }

    /** Every context's answer, this one's in process; any context that does not answer stops it all. */
    private void complete(Caller caller, String bearer, SubjectAccessRequest request, UUID personId) {
        Map<String, JsonNode> holdings = new LinkedHashMap<>(otherContexts.holdings(bearer, personId));
        holdings.put(context.name(), json.valueToTree(dataProtection.holdings(caller, context.name(), personId)));
        request.personId = personId;
        ObjectNode bundle = SubjectAccessBundle.of(request, holdings);
        request.complete(personId, write(bundle), write(SubjectAccessBundle.counts(bundle)), now());
    }

    /** The request if the caller is a data protection officer of its agency; 403 or 404, audited, otherwise. */
    private SubjectAccessRequest visible(Caller caller, UUID id, String action) {
        SubjectAccessRequest request = entityManager.find(SubjectAccessRequest.class, id);
        permit(caller, action, request == null ? null : request.personId);
        if (request == null || !caller.belongsTo(request.agency)) {
            audit.record(AuditEntry.of(caller).action(action).resource(RESOURCE, id).outcome(AuditOutcome.DENIED).build());
            throw new NotFoundException("No subject access request of your agency has this id");
        }
        return request;
    }

    private void permit(Caller caller, String action, UUID personId) {
        if (!caller.hasRole(DataProtection.OFFICER)) {
            AuditEntry.Builder entry = AuditEntry.of(caller).action(action).resource(RESOURCE).outcome(AuditOutcome.DENIED);
            audit.record((personId == null ? entry : entry.person(personId)).build());
            throw new ForbiddenException("Only a data protection officer may ask for subject access");
        }
    }

    private SubjectAccessView view(SubjectAccessRequest request) {
        JsonNode counts = request.counts == null ? null : read(request.counts);
        Map<String, Integer> records = null;
        if (counts != null) {
            records = new LinkedHashMap<>();
            for (var each : (Iterable<Map.Entry<String, JsonNode>>) counts.path("records")::fields) {
                records.put(each.getKey(), each.getValue().asInt());
            }
        }
        return new SubjectAccessView(request.id, request.status, request.personId, request.reference,
                new SubjectAccessView.Officer(request.requestedBy, request.agency), request.requestedAt, request.completedAt, records,
                counts == null ? null : counts.path("accessLog").asInt(), counts == null ? null : counts.path("thirdParties").asInt(),
                request.awaitsChoice() ? read(request.candidates) : null);
    }

    private static AuditEntry.Builder entry(Caller caller, String action, SubjectAccessRequest request) {
        AuditEntry.Builder entry = AuditEntry.of(caller).action(action).resource(RESOURCE, request.id);
        return request.personId == null ? entry.people(Arrays.asList(request.candidateIds)) : entry.person(request.personId);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String stored) {
        try {
            return json.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored subject access request does not read as JSON", e);
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
