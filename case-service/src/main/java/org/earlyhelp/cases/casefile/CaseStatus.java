package org.earlyhelp.cases.casefile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where a case stands: open (being worked) or closed (with an outcome per need; may be reopened). */
public enum CaseStatus {

    OPEN("open"),
    CLOSED("closed");

    private final String value;

    CaseStatus(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    /** The constant written as {@link #value()}; {@link IllegalArgumentException} naming the allowed values otherwise. */
    @JsonCreator
    public static CaseStatus of(String value) {
        for (CaseStatus candidate : values()) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("Unknown value '" + value + "'; allowed: "
                + java.util.Arrays.stream(values()).map(CaseStatus::value).toList());
    }
}
