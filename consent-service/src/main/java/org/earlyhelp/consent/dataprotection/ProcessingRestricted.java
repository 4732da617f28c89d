package org.earlyhelp.consent.dataprotection;

/** A change about a person whose processing is restricted (decision 0062): 409 {@code processing-restricted}, nothing stored. */
public class ProcessingRestricted extends RuntimeException {

    ProcessingRestricted(String message) {
        super(message);
    }
}
