package org.earlyhelp.referral.referral;

import java.util.List;

import org.earlyhelp.referral.familycase.OpenCase;

/** A child on the referral has an open case and the hub did not say to join it: 409 {@code open-case}, naming the cases. */
class ChildHasOpenCase extends RuntimeException {

    private final transient List<OpenCase> openCases;

    ChildHasOpenCase(String message, List<OpenCase> openCases) {
        super(message, null, false, false);
        this.openCases = List.copyOf(openCases);
    }

    List<OpenCase> openCases() {
        return openCases;
    }
}
