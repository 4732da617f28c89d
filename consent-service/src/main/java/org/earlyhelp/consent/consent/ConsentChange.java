package org.earlyhelp.consent.consent;

import java.time.Instant;

import org.earlyhelp.platform.change.Actor;

/** One change to a consent, kept with the version it produced. */
record ConsentChange(Kind kind, Actor by, Instant at, String reason) {

    enum Kind {
        RECORDED("recorded"), AMENDED("amended"), WITHDRAWN("withdrawn"), EXPIRED("expired");

        final String code;

        Kind(String code) {
            this.code = code;
        }
    }

    static ConsentChange recorded(Actor by, Instant at) {
        return new ConsentChange(Kind.RECORDED, by, at, null);
    }
}
