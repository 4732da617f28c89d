package org.earlyhelp.cases.casefile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What became of one need when the case closed (Supporting Families outcome framework). */
public enum NeedOutcome {

    NEEDS_MET("needs-met"),
    STEPPED_UP("stepped-up"),
    STEPPED_DOWN("stepped-down"),
    DISENGAGED("disengaged"),
    MOVED_AREA("moved-area");

    private final String value;

    NeedOutcome(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    /** The constant written as {@link #value()}; {@link IllegalArgumentException} naming the allowed values otherwise. */
    @JsonCreator
    public static NeedOutcome of(String value) {
        for (NeedOutcome candidate : values()) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("Unknown value '" + value + "'; allowed: "
                + java.util.Arrays.stream(values()).map(NeedOutcome::value).toList());
    }
}
