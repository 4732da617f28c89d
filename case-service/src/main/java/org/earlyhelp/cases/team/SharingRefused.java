package org.earlyhelp.cases.team;

import java.util.List;


/** consent-service did not permit the share a new team member needs (deny: 409), or could not answer (503). */
class SharingRefused extends RuntimeException {

    private final transient List<TeamSharing.Answer> refusals;
    private final boolean unavailable;

    SharingRefused(String message, TeamSharing.Verdict verdict) {
        super(message);
        this.refusals = verdict.refusals();
        this.unavailable = verdict.unavailable();
    }

    List<TeamSharing.Answer> refusals() {
        return refusals;
    }

    boolean unavailable() {
        return unavailable;
    }
}
