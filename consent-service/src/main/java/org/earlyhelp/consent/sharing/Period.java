package org.earlyhelp.consent.sharing;

import java.time.Instant;

/**
 * A span of time, start inclusive and end exclusive; either end may be open (null). Shaped like
 * FHIR's {@code Period}.
 */
public record Period(Instant start, Instant end) {

    public static final Period ALWAYS = new Period(null, null);

    public Period {
        if (start != null && end != null && !start.isBefore(end)) {
            throw new IllegalArgumentException("A period must end after it starts");
        }
    }

    public static Period from(Instant start) {
        return new Period(start, null);
    }

    public static Period between(Instant start, Instant end) {
        return new Period(start, end);
    }

    public boolean contains(Instant moment) {
        return !hasNotStartedAt(moment) && !hasEndedAt(moment);
    }

    public boolean hasEndedAt(Instant moment) {
        return end != null && !moment.isBefore(end);
    }

    public boolean hasNotStartedAt(Instant moment) {
        return start != null && moment.isBefore(start);
    }
}
