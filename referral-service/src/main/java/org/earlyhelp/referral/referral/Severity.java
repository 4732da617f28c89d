package org.earlyhelp.referral.referral;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How serious one concern is; {@code significant-harm} means immediate risk whatever the stated urgency. */
@Schema(name = "ConcernSeverity")
public enum Severity {

    LOW("low"),
    MEDIUM("medium"),
    HIGH("high"),
    SIGNIFICANT_HARM("significant-harm");

    private final String value;

    Severity(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    @JsonCreator
    static Severity of(String value) {
        for (Severity severity : values()) {
            if (severity.value.equals(value)) {
                return severity;
            }
        }
        throw new IllegalArgumentException("Unknown severity: " + value);
    }
}
