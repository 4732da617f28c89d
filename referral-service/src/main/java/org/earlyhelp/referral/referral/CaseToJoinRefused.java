package org.earlyhelp.referral.referral;

/** {@code joinCaseId} names no open case of a child on the referral, or the lead agency is not that case's lead: 422. */
class CaseToJoinRefused extends RuntimeException {

    CaseToJoinRefused(String message) {
        super(message, null, false, false);
    }
}
