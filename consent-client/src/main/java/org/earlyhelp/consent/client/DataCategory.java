package org.earlyhelp.consent.client;

import com.fasterxml.jackson.annotation.JsonValue;

/** Kinds of personal data a share may carry (consent-service's data categories). */
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
}
