package org.earlyhelp.referral.referral;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a referral is in triage (DOMAIN.md: submitted → in-triage → a decision; or withdrawn before one). While the hub
 * waits for the referrer's answer to a question it is awaiting-information, and goes back where it was once answered.
 */
public enum ReferralStatus {

    SUBMITTED("submitted"),
    IN_TRIAGE("in-triage"),
    AWAITING_INFORMATION("awaiting-information"),
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
        return this == SUBMITTED || this == IN_TRIAGE || this == AWAITING_INFORMATION;
    }
}
