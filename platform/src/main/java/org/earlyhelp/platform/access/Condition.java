package org.earlyhelp.platform.access;

import java.util.HashMap;
import java.util.Map;

/**
 * A visibility rule as a JPQL condition over the entity alias {@code r}, with its named
 * parameters: the one form that serves both the single read ({@code r.id = :id and (...)}) and
 * the paged list. Parameter names must not clash with the caller's own ({@code id} is taken).
 */
public record Condition(String jpql, Map<String, Object> parameters) {

    public Condition {
        parameters = Map.copyOf(parameters);
    }

    public static Condition of(String jpql, Map<String, Object> parameters) {
        return new Condition(jpql, parameters);
    }

    /** Matches nothing: the default for a caller without reach. */
    public static Condition none() {
        return new Condition("1 = 0", Map.of());
    }

    /** This and another condition (its parameters added). */
    public Condition and(String otherJpql, Map<String, Object> otherParameters) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.putAll(otherParameters);
        return new Condition("(" + jpql + ") and (" + otherJpql + ")", all);
    }
}
