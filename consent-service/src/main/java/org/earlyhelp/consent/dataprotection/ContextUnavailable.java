package org.earlyhelp.consent.dataprotection;

/** A service did not answer a data protection officer's question: nothing is stored, the officer asks again later (503). */
public class ContextUnavailable extends RuntimeException {

    public ContextUnavailable(String context, String why) {
        super(context + "-service did not answer (" + why + "); nothing was stored, ask again later");
    }
}
