package org.earlyhelp.platform.access;

import java.util.Collection;
import java.util.UUID;

import org.earlyhelp.platform.identity.Caller;

/**
 * One context's rule for who may see one kind of record, stated once as a query condition
 * ({@link #visibleTo}), so that {@link Records#load} and {@link Records#page} apply the same rule.
 * Implement it next to the entity, from the context's table in its README (ARCHITECTURE §3).
 *
 * @param <T> the entity
 */
public interface Visibility<T> {

    /** The entity class (its JPQL name is used in queries, under the alias {@code r}). */
    Class<T> type();

    /** The resource type written to the audit trail. */
    String resource();

    /** The records {@code caller} may see, as a condition over {@code r}. */
    Condition visibleTo(Caller caller);

    /** The people a record is about (written with every audited read). */
    Collection<UUID> people(T record);

    /** The purpose written with every audited read and refusal (e.g. {@code triage}); none by default. */
    default String purpose() {
        return null;
    }
}
