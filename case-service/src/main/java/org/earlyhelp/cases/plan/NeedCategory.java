package org.earlyhelp.cases.plan;

import org.earlyhelp.consent.client.DataCategory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The Supporting Families headline needs (DOMAIN.md, "Concern categories"): what a case assesses and closes with an outcome for. */
public enum NeedCategory {

    EDUCATION("education", DataCategory.EDUCATION),
    EARLY_YEARS("early-years", DataCategory.EDUCATION),
    HEALTH("health", DataCategory.HEALTH),
    SUBSTANCE_USE("substance-use", DataCategory.HEALTH),
    FAMILY_RELATIONSHIPS("family-relationships", DataCategory.CONCERNS),
    ABUSE_EXPLOITATION("abuse-exploitation", DataCategory.POLICE_INFORMATION),
    CRIME("crime", DataCategory.POLICE_INFORMATION),
    DOMESTIC_ABUSE("domestic-abuse", DataCategory.POLICE_INFORMATION),
    HOUSING("housing", DataCategory.CONCERNS),
    FINANCIAL("financial", DataCategory.CONCERNS);

    private final String value;
    private final DataCategory dataCategory;

    NeedCategory(String value, DataCategory dataCategory) {
        this.value = value;
        this.dataCategory = dataCategory;
    }

    /**
     * The data category of everything about this need (its assessment, its progress at reviews), decision 0057: a
     * team member sees the need only if its membership carries that category.
     */
    public DataCategory dataCategory() {
        return dataCategory;
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
