package org.earlyhelp.referral.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.earlyhelp.platform.change.Actor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A data protection officer corrected a person's identifying details (consent-service's {@code person.rectified},
 * decision 0062): every referral naming them, under any linked id, is corrected (the person, the referral as written,
 * the matching keys) with a line in its history; "known to services" and the alerts follow ({@link IdentitiesCorrected}).
 */
@ApplicationScoped
public class Rectification {

    private final EntityManager entities;
    private final ObjectMapper json;
    private final PersonIndex index;
    private final Event<IdentitiesCorrected> identitiesCorrected;

    Rectification(EntityManager entities, ObjectMapper json, PersonIndex index, Event<IdentitiesCorrected> identitiesCorrected) {
        this.entities = entities;
        this.json = json;
        this.index = index;
        this.identitiesCorrected = identitiesCorrected;
    }

    /** In the feed consumer's transaction; {@code people} the person's id and every id linked to it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void correct(Collection<java.util.UUID> people, String givenName, String familyName, LocalDate dateOfBirth, Actor by,
            Instant at) {
        List<ReferralPerson> named = entities.createQuery("from ReferralPerson p join fetch p.referral where p.personId in :people",
                ReferralPerson.class).setParameter("people", people).getResultList();
        for (ReferralPerson person : named) {
            Referral referral = person.referral();
            referral.rectify(person, givenName, familyName, dateOfBirth, corrected(referral, person, givenName, familyName,
                    dateOfBirth), by, at);
            index.index(person);
        }
        named.stream().collect(Collectors.groupingBy(ReferralPerson::referral, LinkedHashMap::new, Collectors.toList()))
                .forEach((referral, correctedHere) -> identitiesCorrected.fire(new IdentitiesCorrected(referral, correctedHere)));
    }

    /** The referral as written, with the person's details corrected. */
    private String corrected(Referral referral, ReferralPerson person, String givenName, String familyName, LocalDate dateOfBirth) {
        try {
            ObjectNode body = (ObjectNode) json.readTree(referral.content());
            ArrayNode children = (ArrayNode) body.withArray("children");
            ObjectNode written = person.child() ? (ObjectNode) children.get(person.position())
                    : (ObjectNode) body.withArray("household").get(person.position() - children.size());
            if (givenName != null) {
                written.put("firstName", givenName);
            }
            if (familyName != null) {
                written.put("lastName", familyName);
            }
            if (dateOfBirth != null) {
                written.put("dateOfBirth", dateOfBirth.toString());
                written.remove(List.of("birthYear", "approximateAge", "dateOfBirthUnknown", "expectedDueDate"));
            }
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored referral " + referral.id() + " is unreadable", e);
        }
    }
}
