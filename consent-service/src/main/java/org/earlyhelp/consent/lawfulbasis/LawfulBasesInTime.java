package org.earlyhelp.consent.lawfulbasis;

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
 * The lawful bases without consent recorded about a person, in a person's story (decision 0065), each as the caller reads
 * the lawful basis ({@link LawfulBasisVisibility}): the hub of the area and a case lead read every one; a practitioner of
 * the lead agency only those its agency recorded, as on {@code GET /api/lawful-bases}.
 */
@ApplicationScoped
class LawfulBasesInTime implements ChronologySource {

    /** The roles that read a lawful basis at all (as the resource allows them): a partner system reads none. */
    private static final Set<String> READERS = Set.of(Roles.PRACTITIONER, Roles.HUB_TRIAGE, Roles.CASE_LEAD, Roles.AUDITOR);

    private final EntityManager entities;
    private final PersonLinks links;
    private final LawfulBasisVisibility visibility;

    LawfulBasesInTime(EntityManager entities, PersonLinks links, PersonReach persons) {
        this.entities = entities;
        this.links = links;
        this.visibility = new LawfulBasisVisibility(persons);
    }

    @Override
    @Transactional
    public List<ChronologyEntry> entriesAbout(UUID personId, Caller caller) {
        if (READERS.stream().noneMatch(caller::hasRole)) {
            return List.of();
        }
        Condition seen = visibility.visibleTo(caller);
        var query = entities.createQuery("select r from LawfulBasis r where r.personId in :chronologyPeople and (" + seen.jpql()
                + ")", LawfulBasis.class).setParameter("chronologyPeople", links.idsOf(personId));
        seen.parameters().forEach(query::setParameter);
        return query.getResultList().stream().map(basis -> new ChronologyEntry(basis.recordedAt, "consent", "lawful-basis.recorded",
                LawfulBasisService.RESOURCE, basis.id.toString(), basis.recordedByAgency, basis.recordedByName,
                "Lawful basis without consent recorded: " + basis.kind + ", decided by " + basis.decidedBy,
                Map.<String, Object>of("lawfulBasis", LawfulBasisView.of(basis)))).toList();
    }
}
