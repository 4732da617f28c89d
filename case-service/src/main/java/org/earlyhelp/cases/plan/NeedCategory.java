package org.earlyhelp.cases.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The Supporting Families headline needs (DOMAIN.md, "Concern categories"): what a case assesses and closes with an outcome for. */
public enum NeedCategory {

    EDUCATION("education"),
    EARLY_YEARS("early-years"),
    HEALTH("health"),
    SUBSTANCE_USE("substance-use"),
    FAMILY_RELATIONSHIPS("family-relationships"),
    ABUSE_EXPLOITATION("abuse-exploitation"),
    CRIME("crime"),
    DOMESTIC_ABUSE("domestic-abuse"),
    HOUSING("housing"),
    FINANCIAL("financial");

    private final String value;

    NeedCategory(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    /** The constant written as {@link #value()}; {@link IllegalArgumentException} naming the allowed values otherwise. */
    @JsonCreator
    public static NeedCategory of(String value) {
        for (NeedCategory candidate : values()) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("Unknown value '" + value + "'; allowed: "
                + java.util.Arrays.stream(values()).map(NeedCategory::value).toList());
    }
}
