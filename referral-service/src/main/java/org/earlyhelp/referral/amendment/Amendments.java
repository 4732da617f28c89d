package org.earlyhelp.referral.amendment;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;

import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.access.Records;
import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditOutcome;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.change.Actor;
import org.earlyhelp.platform.change.IllegalTransition;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.earlyhelp.referral.referral.IdentitiesCorrected;
import org.earlyhelp.referral.referral.NewReferral;
import org.earlyhelp.referral.referral.NhsNumberLookup;
import org.earlyhelp.referral.referral.PersonCorrection;
import org.earlyhelp.referral.referral.PersonIndex;
import org.earlyhelp.referral.referral.Referral;
import org.earlyhelp.referral.referral.ReferralEvents;
import org.earlyhelp.referral.referral.ReferralPerson;
import org.earlyhelp.referral.referral.ReferralService;
import org.earlyhelp.referral.referral.ReferralView;
import org.earlyhelp.referral.referral.ReferralVisibility;
import org.earlyhelp.referral.referral.Severity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The referrer amends its referral before the hub decides it (issue 29, decision 0063): the referral as written takes the
 * amendment (sealed, as its content always is), the content's version goes up with a history line saying who, when and
 * what (field names and concern categories, never the details), the version is kept, and corrected identities are indexed
 * again and searched again by "known to services" ({@link IdentitiesCorrected}). A change of the referral through
 * {@link ReferralService#change}: If-Match, processing restriction, audit.
 */
@ApplicationScoped
public class Amendments {

    private final EntityManager entities;
    private final ReferralService referrals;
    private final ReferralEvents events;
    private final Records records;
    private final AuditTrail audit;
    private final PersonIndex index;
    private final ObjectMapper json;
    private final Event<IdentitiesCorrected> identitiesCorrected;
    private final NhsNumberLookup nhsNumbers;

    Amendments(EntityManager entities, ReferralService referrals, ReferralEvents events, Records records, AuditTrail audit,
            PersonIndex index, ObjectMapper json, Event<IdentitiesCorrected> identitiesCorrected, NhsNumberLookup nhsNumbers) {
        this.nhsNumbers = nhsNumbers;
        this.entities = entities;
        this.referrals = referrals;
        this.events = events;
        this.records = records;
        this.audit = audit;
        this.index = index;
        this.json = json;
        this.identitiesCorrected = identitiesCorrected;
    }

    /**
     * The working roles of the referring agency amend; anyone else who sees the referral gets 403, others 404. 409 once
     * the hub has decided, 400 for a person not on the referral or a detail that person does not have.
     */
    @Transactional
    ReferralView amend(UUID referralId, Amendment amendment, Caller caller, String ifMatch) {
        Referral referral = referrals.visible(referralId, caller, AuditAction.UPDATE);
        if (!Reach.of(caller).through(referral.referringAgency())) {
            audit.record(AuditEntry.of(caller).action(AuditAction.UPDATE).resource(ReferralService.RESOURCE, referralId)
                    .purpose("referral").outcome(AuditOutcome.DENIED).build());
            throw new ForbiddenException("Only the referring agency amends a referral");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return referrals.change(referral, caller, ifMatch, (r, by) -> apply(r, amendment, by, now));
    }

    private void apply(Referral referral, Amendment amendment, Actor by, Instant now) {
        if (!referral.status().open()) {
            throw new IllegalTransition("This referral is " + referral.status().value() + ": the hub has decided it, so it can"
                    + " no longer be amended");
        }
        ObjectNode content = readContent(referral);
        ArrayNode children = (ArrayNode) content.withArray("children");
        List<String> what = new ArrayList<>();
        List<PersonCorrection> corrections = new ArrayList<>();
        List<ReferralPerson> reidentified = new ArrayList<>();
        for (int i = 0; i < amendment.corrections().size(); i++) {
            Amendment.PersonDetails details = amendment.corrections().get(i);
            String field = "corrections[" + i + "]";
            ReferralPerson person = referral.people().stream().filter(p -> p.personId().equals(details.personId())).findFirst()
                    .orElseThrow(() -> new BadRequestException(field + ".personId is not a person on this referral"));
            ObjectNode written = person.child() ? (ObjectNode) children.get(person.position())
                    : (ObjectNode) content.withArray("household").get(person.position() - children.size());
            correct(written, person, details, field);
            what.add("person " + person.personId() + " corrected: " + String.join(", ", fields(details)));
            if (details.changesIdentity()) {
                corrections.add(new PersonCorrection(person.personId(), details.firstName(), details.lastName(),
                        details.dateOfBirth(), details.postcode()));
                reidentified.add(person);
            }
        }
        if (!amendment.newConcerns().isEmpty()) {
            ArrayNode concerns = (ArrayNode) content.withArray("concerns");
            amendment.newConcerns().forEach(concern -> concerns.add(json.valueToTree(concern)));
            int added = amendment.newConcerns().size();
            what.add(added + (added == 1 ? " concern" : " concerns") + " added (" + String.join(", ", amendment.newConcerns()
                    .stream().map(concern -> concern.category().value()).distinct().toList()) + ")");
        }
        if (amendment.familyViews() != null) {
            content.put("familyViews", amendment.familyViews());
            what.add("the family's views");
        }
        if (amendment.family() != null) {
            content.set("family", json.valueToTree(amendment.family()));
            what.add("whether the family knows and agrees");
        }
        String previous = referral.content();
        boolean significantHarm = amendment.newConcerns().stream()
                .anyMatch(concern -> concern.severity() == Severity.SIGNIFICANT_HARM);
        referral.amend(write(content), corrections, significantHarm, String.join("; ", what), amendment.note(), by, now);
        reidentified.forEach(index::index);
        if (amendment.corrections().stream().anyMatch(details -> details.nhsNumber() != null)) {
            nhsNumbers.index(referral, json.convertValue(readContent(referral), NewReferral.class));
        }
        entities.persist(new ReferralAmendment(referral.id(), referral.contentVersion(), write(amendment), previous, by, now));
        events.amended(referral, !reidentified.isEmpty());
        if (!reidentified.isEmpty()) {
            identitiesCorrected.fire(new IdentitiesCorrected(referral, List.copyOf(reidentified)));
        }
    }

    /** The person's details as the referral writes them, corrected; 400 for a detail this person does not have. */
    private static void correct(ObjectNode written, ReferralPerson person, Amendment.PersonDetails details, String field) {
        if (!person.child() && (details.postcode() != null || details.nhsNumber() != null)) {
            throw new BadRequestException(field + ": a household member has no postcode or NHS number on a referral; correct"
                    + " the child's");
        }
        if (person.child() && person.expectedDueDate() != null && details.dateOfBirth() != null) {
            throw new BadRequestException(field + ".dateOfBirth: this child is unborn (an expected due date); refer the born"
                    + " child anew");
        }
        if (details.firstName() != null) {
            written.put("firstName", details.firstName());
        }
        if (details.lastName() != null) {
            written.put("lastName", details.lastName());
        }
        if (details.dateOfBirth() != null) {
            written.put("dateOfBirth", details.dateOfBirth().toString());
            written.remove(List.of("birthYear", "approximateAge", "dateOfBirthUnknown"));
        }
        if (details.postcode() != null) {
            ((ObjectNode) written.get("address")).put("postcode", details.postcode());
        }
        if (details.nhsNumber() != null) {
            written.put("nhsNumber", details.nhsNumber());
        }
    }

    private static List<String> fields(Amendment.PersonDetails details) {
        List<String> fields = new ArrayList<>();
        if (details.firstName() != null) {
            fields.add("firstName");
        }
        if (details.lastName() != null) {
            fields.add("lastName");
        }
        if (details.dateOfBirth() != null) {
            fields.add("dateOfBirth");
        }
        if (details.postcode() != null) {
            fields.add("postcode");
        }
        if (details.nhsNumber() != null) {
            fields.add("nhsNumber");
        }
        return fields;
    }

    /** Every amendment of referral {@code referralId}, oldest first (for subject access, which has checked its officer). */
    public List<AmendmentView> ofReferral(UUID referralId) {
        return entities.createQuery("from ReferralAmendment a where a.referralId = :referral order by a.contentVersion",
                ReferralAmendment.class).setParameter("referral", referralId).getResultStream().map(this::view).toList();
    }

    /** A page of the versions of a referral the caller sees (404 otherwise), oldest first; audited as a read of it. */
    @Transactional
    Page<AmendmentView> list(UUID referralId, Caller caller, PageRequest page) {
        records.read(caller, ReferralVisibility.SEEN, referralId);
        List<ReferralAmendment> found = entities.createQuery(
                "from ReferralAmendment a where a.referralId = :referral order by a.contentVersion", ReferralAmendment.class)
                .setParameter("referral", referralId).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = entities.createQuery("select count(a) from ReferralAmendment a where a.referralId = :referral", Long.class)
                .setParameter("referral", referralId).getSingleResult();
        return new Page<>(found.stream().map(this::view).toList(), page.page(), page.size(), total);
    }

    private AmendmentView view(ReferralAmendment amendment) {
        try {
            return new AmendmentView(amendment.contentVersion, amendment.at, amendment.actorName, amendment.actorAgency,
                    json.readValue(amendment.amendment, Amendment.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored amendment " + amendment.id + " is unreadable", e);
        }
    }

    private ObjectNode readContent(Referral referral) {
        try {
            return (ObjectNode) json.readTree(referral.content());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored referral " + referral.id() + " is unreadable", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An amendment that cannot be written as JSON", e);
        }
    }
}
