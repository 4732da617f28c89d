package org.earlyhelp.platform.audit;

import java.util.List;
import java.util.Set;

import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.test.Tokens;

/** Callers and matching tokens for audit tests. */
final class Callers {

    static final String AUDITOR = "auditor.dpo";
    static final String PRACTITIONER = "pc.hughes";

    private Callers() {
    }

    static Tokens auditorToken() {
        return Tokens.user(AUDITOR).agency("northshire-early-help", "local-authority").roles("auditor");
    }

    static Tokens practitionerToken() {
        return Tokens.user(PRACTITIONER).agency("northshire-police", "police").roles("practitioner");
    }

    static Caller practitioner(String agency) {
        String username = "worker@" + agency;
        return new Caller(Tokens.subjectOf(username), username, agency, "police", List.of("eastmere"),
                Set.of("practitioner", "case-lead"), false);
    }
}
