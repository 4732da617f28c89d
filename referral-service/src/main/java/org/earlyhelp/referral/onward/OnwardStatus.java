package org.earlyhelp.referral.onward;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An onward referral waits for consent until something may be shared, then the receiving agency accepts or declines; one
 * that waits too long is closed unsent ({@code consent-not-given}).
 */
public enum OnwardStatus {

    AWAITING_CONSENT("awaiting-consent"),
    SENT("sent"),
    ACCEPTED("accepted"),
    DECLINED("declined"),
    CONSENT_NOT_GIVEN("consent-not-given");

    private final String value;

    OnwardStatus(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }
}
