package org.earlyhelp.consent.participation;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.identity.Caller;

/**
 * Who may see and record what about a person here. Default deny: a practitioner's agency must
 * take part in work about the person (referral, onward referral, team around the family); the
 * hub's triage and case leads may act for anyone; auditors may read. Everyone else is told the
 * person is not found, so nobody learns what this service holds about people they do not work with.
 */
@ApplicationScoped
public class PersonAccess {

    private final Participants participants;

    PersonAccess(Participants participants) {
        this.participants = participants;
    }

    /** Record or change consent, ask a sharing decision. */
    public boolean mayActFor(Caller caller, UUID person) {
        return hasWideReach(caller) || caller.hasRole(Roles.PRACTITIONER) && takesPart(caller, person);
    }

    /** Read consent records, decisions and versions. */
    public boolean mayReadAbout(Caller caller, UUID person) {
        return caller.hasRole(Roles.AUDITOR) || mayActFor(caller, person);
    }

    /**
     * For list queries: empty if the caller may read about anyone; otherwise the agency whose
     * participations limit what it reads (or an agency nobody takes part for, for a caller without reach).
     */
    public Optional<String> readingLimitedToAgency(Caller caller) {
        if (caller.hasRole(Roles.AUDITOR) || hasWideReach(caller)) {
            return Optional.empty();
        }
        return Optional.of(caller.hasRole(Roles.PRACTITIONER) && caller.hasAgency() ? caller.agency() : "");
    }

    /** The agencies taking part for a person now: those a change to the person's consent concerns. */
    public Set<String> participantsFor(UUID person) {
        return participants.agenciesFor(person);
    }

    private boolean takesPart(Caller caller, UUID person) {
        return caller.hasAgency() && participants.takesPart(caller.agency(), person);
    }

    private static boolean hasWideReach(Caller caller) {
        return caller.hasRole(Roles.HUB_TRIAGE) || caller.hasRole(Roles.CASE_LEAD);
    }
}
