package org.earlyhelp.web.referrals;

import java.util.UUID;

/** Path ids are UUIDs; anything else is simply not found (never passed on to an API). */
public final class Ids {

    private Ids() {
    }

    public static boolean isUuid(String id) {
        try {
            return id != null && UUID.fromString(id).toString().equalsIgnoreCase(id);
        } catch (IllegalArgumentException notOne) {
            return false;
        }
    }
}
