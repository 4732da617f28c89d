package org.earlyhelp.consent.consent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.earlyhelp.consent.participation.PersonLinks;
import org.earlyhelp.consent.participation.PersonReach;
import org.earlyhelp.platform.dataprotection.HeldRecord;
import org.earlyhelp.platform.dataprotection.SubjectAccessSource;
import org.earlyhelp.platform.identity.Caller;

/**
 * The consents recorded about a person (under any id they are known by), for a subject access request: each as it reads
 * now and every version it had, with its evidence and grantor. A grantor who is not the person (a parent consenting for
 * a child) is a third party: their name is listed apart, for the officer to redact, and left out of the record.
 */
@ApplicationScoped
class ConsentsHeld implements SubjectAccessSource {

    private final EntityManager entityManager;
    private final PersonLinks links;
    private final PersonReach reach;
    private final ConsentHistory history;

    ConsentsHeld(EntityManager entityManager, PersonLinks links, PersonReach reach, ConsentHistory history) {
        this.entityManager = entityManager;
        this.links = links;
        this.reach = reach;
        this.history = history;
    }

    @Override
    public List<HeldRecord> recordsAbout(UUID personId, Caller officer) {
        if (!reach.inAreasOf(officer, personId)) {
            return List.of();
        }
        Instant now = Instant.now();
        return entityManager.createQuery("from Consent c where c.personId in :ids order by c.recordedAt", Consent.class)
                .setParameter("ids", links.idsOf(personId)).getResultStream()
                .map(consent -> held(ConsentView.of(consent, now), history.all(consent.id())))
                .toList();
    }

    private static HeldRecord held(ConsentView consent, List<ConsentVersionView> versions) {
        Set<String> grantors = new LinkedHashSet<>();
        List<ConsentVersionView> told = new ArrayList<>();
        for (ConsentVersionView version : versions) {
            told.add(new ConsentVersionView(version.version(), version.change(), version.changedAt(), version.changedBy(),
                    version.changedByAgency(), version.reason(), toldOf(version.consent(), grantors)));
        }
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("consent", toldOf(consent, grantors));
        about.put("versions", told);
        List<HeldRecord.ThirdParty> thirdParties = grantors.stream()
                .map(name -> new HeldRecord.ThirdParty(null, "grantor: " + GrantorKind.PARENT.code(), Map.of("name", name)))
                .toList();
        return new HeldRecord(ConsentRetention.TYPE, consent.id().toString(), consent.recordedAt(), about, thirdParties);
    }

    /** The consent as the person is told of it: a parent's name goes to {@code grantors}. */
    private static ConsentView toldOf(ConsentView consent, Set<String> grantors) {
        if (consent == null || consent.grantor() == null || consent.grantor().kind() != GrantorKind.PARENT) {
            return consent;
        }
        grantors.add(consent.grantor().name());
        return consent.withoutGrantorName();
    }
}
