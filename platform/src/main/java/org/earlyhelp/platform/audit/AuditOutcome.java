package org.earlyhelp.platform.audit;

import java.util.Arrays;

/** How the audited attempt ended. Anything but {@link #SUCCESS} is kept even if the request's transaction rolls back. */
public enum AuditOutcome {

    SUCCESS("success"),
    /** The caller may not do this (or may not see that it exists). */
    DENIED("denied"),
    NOT_FOUND("not-found"),
    ERROR("error");

    private final String value;

    AuditOutcome(String value) {
        this.value = value;
    }

    /** The stored and published form, e.g. {@code not-found}. */
    public String value() {
        return value;
    }

    /** The outcome written as {@link #value()}; {@link IllegalArgumentException} for anything else. */
    public static AuditOutcome fromValue(String value) {
        return Arrays.stream(values()).filter(outcome -> outcome.value.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown audit outcome: " + value));
    }
}
