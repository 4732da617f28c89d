package org.earlyhelp.consent.client;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why data would be shared (consent-service's purposes). */
public enum Purpose {

    REFERRAL("referral"),
    EARLY_HELP_ASSESSMENT("early-help-assessment"),
    TEAM_AROUND_FAMILY("team-around-family"),
    ONWARD_REFERRAL("onward-referral");

    private final String code;

    Purpose(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
