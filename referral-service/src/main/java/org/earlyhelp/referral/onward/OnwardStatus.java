package org.earlyhelp.referral.onward;

import com.fasterxml.jackson.annotation.JsonValue;

/** An onward referral waits for consent until something may be shared, then the receiving agency accepts or declines. */
public enum OnwardStatus {

    AWAITING_CONSENT("awaiting-consent"),
    SENT("sent"),
    ACCEPTED("accepted"),
    DECLINED("declined");

    private final String value;

    OnwardStatus(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }
}
