package org.earlyhelp.e2e.access;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.earlyhelp.e2e.Agency;
import org.earlyhelp.e2e.Login;

/**
 * One resource kind of the matrix: how to make a record that stands in a given relationship to an
 * agency, and how to perform each of the table's actions on it as a caller.
 */
abstract class ResourceCells {

    private final Map<String, Fixture> shared = new HashMap<>();

    /** The resource's name in the table. */
    abstract String name();

    /**
     * A new record standing in {@code relationship} to {@code agency}. Where no cell's success changes
     * records of that relationship, it may hand out another shared record instead.
     */
    abstract Fixture make(Relationship relationship, Agency agency);

    /** Which cells share one record: by default those of one relationship to one agency. */
    String sharedKey(Relationship relationship, Agency agency) {
        return relationship + "/" + agency;
    }

    /** Performs {@code action} on the record as {@code caller}; throws for an action this resource does not have. */
    abstract Outcome perform(String action, Login caller, Fixture fixture);

    /** Actions whose success changes the record for good: a cell expecting success gets a record of its own. */
    Set<String> changing() {
        return Set.of();
    }

    /** The record standing in {@code relationship} to {@code agency}, made once and shared by the cells that only look. */
    final synchronized Fixture shared(Relationship relationship, Agency agency) {
        String key = sharedKey(relationship, agency);
        Fixture fixture = shared.get(key);
        if (fixture == null) {
            fixture = make(relationship, agency);
            shared.put(key, fixture);
        }
        return fixture;
    }

    static IllegalArgumentException unknown(String resource, String action) {
        return new IllegalArgumentException("The table names action '" + action + "' of " + resource + ", which the test cannot perform");
    }
}
