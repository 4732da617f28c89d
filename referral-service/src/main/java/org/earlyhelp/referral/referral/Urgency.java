package org.earlyhelp.referral.referral;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How soon the referrer thinks the family needs a response; {@code immediate-risk} goes to the escalation queue. */
public enum Urgency {

    IMMEDIATE_RISK("immediate-risk", 0),
    URGENT("urgent", 1),
    ROUTINE("routine", 2);

    private final String value;
    private final int rank;

    Urgency(String value, int rank) {
        this.value = value;
        this.rank = rank;
    }

    @JsonValue
    public String value() {
        return value;
    }

    /** Queue order: lower comes first. */
    public int rank() {
        return rank;
    }

    @JsonCreator
    static Urgency of(String value) {
        for (Urgency urgency : values()) {
            if (urgency.value.equals(value)) {
                return urgency;
            }
        }
        throw new IllegalArgumentException("Unknown urgency: " + value);
    }
}
