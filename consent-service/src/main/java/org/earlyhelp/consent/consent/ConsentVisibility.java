package org.earlyhelp.consent.consent;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.earlyhelp.consent.participation.PersonReach;
import org.earlyhelp.platform.access.Condition;
import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.access.Visibility;
import org.earlyhelp.platform.identity.Caller;

/**
 * Who may see a consent record (README, "Who may see and do what"): those who reach the person;
 * to read, also an auditor when a recorded sharing decision rests on the consent (its basis, or
 * the consent that denied it). Changing is for person reach alone: an auditor never changes.
 */
final class ConsentVisibility implements Visibility<Consent> {

    private final PersonReach persons;
    private final boolean auditorsRead;

    private ConsentVisibility(PersonReach persons, boolean auditorsRead) {
        this.persons = persons;
        this.auditorsRead = auditorsRead;
    }

    static ConsentVisibility toRead(PersonReach persons) {
        return new ConsentVisibility(persons, true);
    }

    static ConsentVisibility toChange(PersonReach persons) {
        return new ConsentVisibility(persons, false);
    }

    @Override
    public Class<Consent> type() {
        return Consent.class;
    }

    @Override
    public String resource() {
        return ConsentService.RESOURCE;
    }

    @Override
    public Condition visibleTo(Caller caller) {
        Condition reach = persons.of(caller, "r.personId");
        if (!auditorsRead || !Reach.of(caller).auditor()) {
            return reach;
        }
        Map<String, Object> parameters = new HashMap<>(reach.parameters());
        return Condition.of("(" + reach.jpql() + ") or exists (select 1 from SharingDecision basisOf where basisOf.consentId = r.id)",
                parameters);
    }

    @Override
    public Collection<UUID> people(Consent consent) {
        return Set.of(consent.personId());
    }
}
