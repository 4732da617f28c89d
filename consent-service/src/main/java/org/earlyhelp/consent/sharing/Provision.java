package org.earlyhelp.consent.sharing;

import java.time.Instant;
import java.util.Objects;

/** One rule of a consent: permit or deny a scope, optionally only for a period (FHIR {@code Consent.provision}). */
public record Provision(ProvisionType type, Scope scope, Period period) {

    public Provision {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(scope, "scope");
        period = period == null ? Period.ALWAYS : period;
    }

    boolean appliesAt(Instant moment) {
        return period.contains(moment);
    }
}
