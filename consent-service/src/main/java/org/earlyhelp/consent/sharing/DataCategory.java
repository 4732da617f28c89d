package org.earlyhelp.consent.sharing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Kinds of personal data a share may carry; shares name the categories they need, nothing more. */
public enum DataCategory {

    IDENTITY("identity"),
    CONTACT("contact"),
    CONCERNS("concerns"),
    HEALTH("health"),
    EDUCATION("education"),
    POLICE_INFORMATION("police-information"),
    CASE_NOTES("case-notes");

    private final String code;

    DataCategory(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static DataCategory of(String code) {
        return Codes.of(DataCategory.class, code, DataCategory::code);
    }
}
