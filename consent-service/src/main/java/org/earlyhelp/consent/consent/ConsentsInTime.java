package org.earlyhelp.consent.consent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.earlyhelp.consent.participation.PersonLinks;
import org.earlyhelp.consent.participation.PersonReach;
import org.earlyhelp.consent.participation.Roles;
import org.earlyhelp.platform.access.Condition;
import org.earlyhelp.platform.chronology.ChronologyEntry;
import org.earlyhelp.platform.chronology.ChronologySource;
import org.earlyhelp.platform.identity.Caller;

/**
 * The consents about a person in a person's story (decision 0065): recorded, then withdrawn or expired, each as the
 * caller reads the consent ({@link ConsentVisibility#toRead}: person reach, so the hub of the area and the working roles
 * of the lead agency read every consent about the person, under any id they are known by).
 */
@ApplicationScoped
class ConsentsInTime implements ChronologySource {

    static final String CONTEXT = "consent";

    /** The roles that read a consent at all (as the resource allows them): a partner system reads none. */
    private static final Set<String> READERS = Set.of(Roles.PRACTITIONER, Roles.HUB_TRIAGE, Roles.CASE_LEAD, Roles.AUDITOR);

    private final EntityManager entities;
    private final PersonLinks links;
    private final ConsentVisibility reading;

    ConsentsInTime(EntityManager entities, PersonLinks links, PersonReach persons) {
        this.entities = entities;
        this.links = links;
        this.reading = ConsentVisibility.toRead(persons);
    }

    @Override
    @Transactional
    public List<ChronologyEntry> entriesAbout(UUID personId, Caller caller) {
        if (READERS.stream().noneMatch(caller::hasRole)) {
            return List.of();
        }
        Condition seen = reading.visibleTo(caller);
        var query = entities.createQuery("select r from Consent r where r.personId in :chronologyPeople and (" + seen.jpql() + ")",
                Consent.class).setParameter("chronologyPeople", links.idsOf(personId));
        seen.parameters().forEach(query::setParameter);
        Instant now = Instant.now();
        List<ChronologyEntry> entries = new ArrayList<>();
        for (Consent consent : query.getResultList()) {
            ConsentView view = ConsentView.of(consent, now);
            Map<String, Object> details = Map.of("consent", view);
            entries.add(new ChronologyEntry(consent.recordedAt, CONTEXT, "consent.recorded", ConsentService.RESOURCE,
                    consent.id.toString(), consent.recordedByAgency, consent.recordedByName,
                    "Consent recorded (" + consent.status + "), given by " + consent.grantorKind, details));
            if (consent.endedAt != null) {
                entries.add(new ChronologyEntry(consent.endedAt, CONTEXT, "consent." + consent.status, ConsentService.RESOURCE,
                        consent.id.toString(), null, consent.endedByName,
                        "Consent " + consent.status + (consent.endReason == null ? "" : ": " + consent.endReason), details));
            }
        }
        return entries;
    }
}
