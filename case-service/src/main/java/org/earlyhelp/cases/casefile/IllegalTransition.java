package org.earlyhelp.cases.casefile;

/** A change the case's state does not allow (answered 409). */
public class IllegalTransition extends RuntimeException {

    public IllegalTransition(String message) {
        super(message);
    }
}
