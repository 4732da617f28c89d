package org.earlyhelp.platform.agency;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The value is a code of one of the suite's registers: an agency code or a district in the agency register (the
 * realm's Organizations), or an agency type of DOMAIN.md. A well-formed code that is not registered answers
 * {@code 422 unprocessable} naming the field (a malformed one is the usual {@code 400}); {@code null} is valid, as
 * for every constraint. Check the format with {@code @Pattern} beside it.
 */
@Documented
@Constraint(validatedBy = RegisteredValidator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface Registered {

    Register value();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The registers a code may be checked against. */
    enum Register {
        /** An agency's code (its Organization alias). */
        AGENCY("is not an agency in the agency register"),
        /** A district that an agency of the register serves. */
        AREA("is not a district any agency in the register serves"),
        /** One of the agency types of DOMAIN.md. */
        AGENCY_TYPE("is not an agency type (police, local-authority, health, ...)");

        private final String unknown;

        Register(String unknown) {
            this.unknown = unknown;
        }

        String unknown() {
            return unknown;
        }
    }
}
