package org.earlyhelp.referral.matching;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.earlyhelp.platform.access.Condition;
import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.access.Visibility;
import org.earlyhelp.platform.identity.Caller;

/**
 * Who may see and decide a "known to services" match: the hub's screeners of its referral's area (the referral's
 * {@code TRIAGE} rule). A match names a person from another agency's referral or case, so no participant sees it.
 */
public final class PersonMatchVisibility implements Visibility<PersonMatch> {

    public static final PersonMatchVisibility HUB_OF_THE_AREA = new PersonMatchVisibility();
    static final String RESOURCE = "person-match";

    private PersonMatchVisibility() {
    }

    @Override
    public Class<PersonMatch> type() {
        return PersonMatch.class;
    }

    @Override
    public String resource() {
        return RESOURCE;
    }

    @Override
    public String purpose() {
        return "triage";
    }

    @Override
    public Condition visibleTo(Caller caller) {
        return Condition.of("r.person.referral.area in :reachHubAreas", Map.of("reachHubAreas", Reach.of(caller).hubAreasOrNone()));
    }

    @Override
    public Collection<UUID> people(PersonMatch match) {
        return List.of(match.person.personId(), match.candidatePersonId);
    }
}
