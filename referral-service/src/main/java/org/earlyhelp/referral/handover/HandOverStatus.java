package org.earlyhelp.referral.handover;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a hand-over stands at the front door: handed over, its receipt acknowledged, its outcome recorded (final). */
public enum HandOverStatus {

    HANDED_OVER("handed-over"),
    ACKNOWLEDGED("acknowledged"),
    OUTCOME_RECORDED("outcome-recorded");

    private final String value;

    HandOverStatus(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }
}
