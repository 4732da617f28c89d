package org.earlyhelp.consent.sharing;

import java.util.Objects;
import java.util.UUID;

/** A recorded lawful basis for sharing without consent, as the sharing rules see it. */
public record LawfulBasisTerms(UUID id, LawfulBasisKind kind, Scope scope, Period period) {

    public LawfulBasisTerms {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        period = period == null ? Period.ALWAYS : period;
    }
}
