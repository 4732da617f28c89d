package org.earlyhelp.referral.referral;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The Supporting Families headline needs (DOMAIN.md, "Concern categories"). */
public enum ConcernCategory {

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

    ConcernCategory(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    @JsonCreator
    static ConcernCategory of(String value) {
        for (ConcernCategory category : values()) {
            if (category.value.equals(value)) {
                return category;
            }
        }
        throw new IllegalArgumentException("Unknown concern category: " + value);
    }
}
