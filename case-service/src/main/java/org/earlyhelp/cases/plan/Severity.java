package org.earlyhelp.cases.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How serious an assessed need is. */
@Schema(name = "NeedSeverity")
public enum Severity {

    LOW("low"),
    MEDIUM("medium"),
    HIGH("high");

    private final String value;

    Severity(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    /** The constant written as {@link #value()}; {@link IllegalArgumentException} naming the allowed values otherwise. */
    @JsonCreator
    public static Severity of(String value) {
        for (Severity candidate : values()) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("Unknown value '" + value + "'; allowed: "
                + java.util.Arrays.stream(values()).map(Severity::value).toList());
    }
}
