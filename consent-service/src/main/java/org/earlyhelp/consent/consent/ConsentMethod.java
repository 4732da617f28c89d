package org.earlyhelp.consent.consent;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How consent was given or refused. */
// Public so the OpenAPI scanner can read the wire codes through code().
public enum ConsentMethod {

    VERBAL("verbal"),
    WRITTEN("written"),
    DIGITAL("digital");

    private final String code;

    ConsentMethod(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    static ConsentMethod of(String code) {
        return Arrays.stream(values()).filter(method -> method.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + code + "' is not one of verbal, written, digital"));
    }
}
