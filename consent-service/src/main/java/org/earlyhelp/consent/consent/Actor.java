package org.earlyhelp.consent.consent;

import org.earlyhelp.platform.identity.Caller;

/** Who made a change: a signed-in person of an agency, or this service itself (the expiry job). */
record Actor(String userId, String name, String agency) {

    static final Actor EXPIRY_JOB = new Actor(null, "consent-expiry", null);

    static Actor of(Caller caller) {
        return new Actor(caller.userId(), caller.username(), caller.agency());
    }
}
