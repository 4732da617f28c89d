package org.earlyhelp.consent.sharing;

import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SharingOutcome")
public enum Outcome {

    PERMIT("permit"),
    DENY("deny");

    private final String code;

    Outcome(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Outcome of(String code) {
        return Codes.of(Outcome.class, code, Outcome::code);
    }
}
