package org.earlyhelp.referral.referral;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a referral is in triage (DOMAIN.md: submitted → in-triage → a decision; or withdrawn before one). */
public enum ReferralStatus {

    SUBMITTED("submitted"),
    IN_TRIAGE("in-triage"),
    ACCEPTED("accepted"),
    SIGNPOSTED("signposted"),
    ESCALATED("escalated"),
    NO_FURTHER_ACTION("no-further-action"),
    WITHDRAWN("withdrawn");

    private final String value;

    ReferralStatus(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    /** Still waiting for the hub's decision. */
    public boolean open() {
        return this == SUBMITTED || this == IN_TRIAGE;
    }
}
