package org.earlyhelp.consent.sharing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a provision of a consent allows or forbids what it describes (FHIR {@code Consent.provision.type}). */
public enum ProvisionType {

    PERMIT("permit"),
    DENY("deny");

    private final String code;

    ProvisionType(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static ProvisionType of(String code) {
        return Codes.of(ProvisionType.class, code, ProvisionType::code);
    }
}
