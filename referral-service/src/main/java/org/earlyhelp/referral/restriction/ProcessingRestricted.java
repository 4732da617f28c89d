package org.earlyhelp.referral.restriction;

/** A write on a record naming a person whose processing is restricted: 409 {@code processing-restricted}, nothing stored. */
public class ProcessingRestricted extends RuntimeException {

    ProcessingRestricted(String message) {
        super(message, null, false, false);
    }
}
