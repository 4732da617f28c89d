package org.earlyhelp.platform.change;

import org.earlyhelp.platform.identity.Caller;

/** Who made a change, as a record's history keeps it; a system actor (an event consumer, a scheduled job) has no user or agency. */
public record Actor(String userId, String name, String agency) {

    public static Actor of(Caller caller) {
        return new Actor(caller.userId(), caller.username(), caller.agency());
    }

    public static Actor system(String name) {
        return new Actor(null, name, null);
    }
}
