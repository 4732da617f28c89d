package org.earlyhelp.platform.change;

/** A change the record's state does not allow: a 409 conflict whose detail is this message. */
public class IllegalTransition extends RuntimeException {

    public IllegalTransition(String message) {
        super(message);
    }
}
