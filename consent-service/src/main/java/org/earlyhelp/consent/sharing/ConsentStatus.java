package org.earlyhelp.consent.sharing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a consent record stands. Only an {@code active} consent can permit; a {@code refused} one
 * forbids what it covers; {@code withdrawn} and {@code expired} are final and count for nothing.
 */
public enum ConsentStatus {

    ACTIVE("active"),
    REFUSED("refused"),
    WITHDRAWN("withdrawn"),
    EXPIRED("expired");

    private final String code;

    ConsentStatus(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static ConsentStatus of(String code) {
        return Codes.of(ConsentStatus.class, code, ConsentStatus::code);
    }

    /** Withdrawn and expired consents never change again. */
    public boolean isFinal() {
        return this == WITHDRAWN || this == EXPIRED;
    }
}
