package org.earlyhelp.cases.review;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Progress on one need since the last review. */
public enum Progress {

    IMPROVED("improved"),
    UNCHANGED("unchanged"),
    WORSENED("worsened"),
    MET("met");

    private final String value;

    Progress(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    /** The constant written as {@link #value()}; {@link IllegalArgumentException} naming the allowed values otherwise. */
    @JsonCreator
    public static Progress of(String value) {
        for (Progress candidate : values()) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("Unknown value '" + value + "'; allowed: "
                + java.util.Arrays.stream(values()).map(Progress::value).toList());
    }
}
