package org.earlyhelp.consent.consent;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Who gave (or refused) consent, in the terms of Working Together 2023. */
// Public so the OpenAPI scanner can read the wire codes through code().
public enum GrantorKind {

    /** The person the record is about, an adult or a young person able to decide. */
    PERSON("person"),
    /** A parent (or other adult) with parental responsibility for the child. */
    PARENT("parent-with-parental-responsibility"),
    /** A child judged competent to decide for themself (Gillick competence). */
    COMPETENT_CHILD("competent-child");

    private final String code;

    GrantorKind(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    static GrantorKind of(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + code
                        + "' is not one of person, parent-with-parental-responsibility, competent-child"));
    }
}
