package org.earlyhelp.referral.referral;

/** A change the referral's state does not allow (answered 409). */
public class IllegalTransition extends RuntimeException {

    public IllegalTransition(String message) {
        super(message);
    }
}
