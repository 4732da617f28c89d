package org.earlyhelp.cases.casefile;

/** A change of a case naming a restricted person: refused, 409 {@code processing-restricted} (decision 0062). */
public class ProcessingRestricted extends RuntimeException {

    ProcessingRestricted(String reference) {
        super("Processing of a person on case " + reference + " is restricted by the data protection officer: the case can be"
                + " read but not changed until the restriction is lifted");
    }
}
