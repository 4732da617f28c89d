package org.earlyhelp.referral.referral;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A 10-digit NHS number (spaces allowed) whose last digit is its modulus 11 check digit; null is valid. */
@Documented
@Constraint(validatedBy = NhsNumber.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface NhsNumber {

    String message() default "must be a 10-digit NHS number with a valid check digit";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<NhsNumber, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || valid(value);
        }

        /** NHS Digital's algorithm: weights 10..2 on the first nine digits; 11 − (sum mod 11), 11 → 0, 10 → invalid. */
        static boolean valid(String value) {
            String digits = value.replace(" ", "");
            if (!digits.matches("\\d{10}")) {
                return false;
            }
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (digits.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - (sum % 11);
            if (check == 11) {
                check = 0;
            }
            return check != 10 && check == digits.charAt(9) - '0';
        }
    }
}
