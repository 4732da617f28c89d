package org.earlyhelp.directory.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Brings a child collection of an entity in line with what a form says, matching children by
 * key: a matched child is updated in place, an unmatched one is created, the rest are removed
 * (orphan removal deletes them). Updating in place rather than clear-and-recreate keeps child ids
 * stable, which ORUK consumers follow, and avoids Hibernate inserting a row again before it has
 * deleted the old row with the same id or natural key.
 */
public final class Children {

    /** Updates {@code child} from {@code form}; {@code position} is its place in the form's list. */
    @FunctionalInterface
    public interface Update<C, F> {
        void apply(C child, F form, int position);
    }

    private Children() {
    }

    public static <C, F, K> void sync(List<C> children, List<F> forms, Function<C, K> childKey, Function<F, K> formKey,
            Function<F, C> create, Update<C, F> update) {
        Map<K, C> existing = new HashMap<>();
        children.forEach(child -> existing.put(childKey.apply(child), child));
        Set<K> matched = new HashSet<>();
        List<C> result = new ArrayList<>();
        int position = 0;
        for (F form : forms) {
            K key = formKey.apply(form);
            C child = key != null && matched.add(key) ? existing.get(key) : null;
            if (child == null) {
                child = create.apply(form);
            }
            update.apply(child, form, position++);
            result.add(child);
        }
        children.clear();
        children.addAll(result);
    }
}
