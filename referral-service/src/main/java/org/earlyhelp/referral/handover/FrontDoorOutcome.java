package org.earlyhelp.referral.handover;

import org.earlyhelp.referral.referral.Referral;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What children's social care decided about a referral handed over to it: a section 47 enquiry, a child in need (s17)
 * assessment, or no further action by social care and the referral returned to the early help hub.
 */
public enum FrontDoorOutcome {

    S47_ENQUIRY("s47-enquiry"),
    CHILD_IN_NEED_ASSESSMENT("child-in-need-assessment"),
    NO_FURTHER_ACTION_RETURNED_TO_EARLY_HELP(Referral.RETURNED_TO_EARLY_HELP);

    private final String value;

    FrontDoorOutcome(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    @JsonCreator
    static FrontDoorOutcome of(String value) {
        for (FrontDoorOutcome outcome : values()) {
            if (outcome.value.equals(value)) {
                return outcome;
            }
        }
        throw new IllegalArgumentException("Unknown outcome: " + value);
    }

    boolean returnsToEarlyHelp() {
        return this == NO_FURTHER_ACTION_RETURNED_TO_EARLY_HELP;
    }
}
