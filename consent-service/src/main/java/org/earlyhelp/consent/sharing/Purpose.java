package org.earlyhelp.consent.sharing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Why data would be shared. A consent or lawful basis covers named purposes only. */
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

    @JsonCreator
    public static Purpose of(String code) {
        return Codes.of(Purpose.class, code, Purpose::code);
    }
}
