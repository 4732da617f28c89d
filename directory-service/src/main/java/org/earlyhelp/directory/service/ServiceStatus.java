package org.earlyhelp.directory.service;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** ORUK service status. Only active and temporarily closed services are offered to practitioners by default. */
public enum ServiceStatus {

    ACTIVE("active"),
    INACTIVE("inactive"),
    DEFUNCT("defunct"),
    TEMPORARILY_CLOSED("temporarily closed");

    private final String value;

    ServiceStatus(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    /** Whether a practitioner looking for help is shown the service without asking for other statuses. */
    public boolean listedByDefault() {
        return this == ACTIVE || this == TEMPORARILY_CLOSED;
    }

    @JsonCreator
    public static ServiceStatus fromValue(String value) {
        return Arrays.stream(values()).filter(status -> status.value.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "status must be one of active, inactive, defunct, temporarily closed"));
    }
}
