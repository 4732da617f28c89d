package org.earlyhelp.referral;

import java.util.concurrent.ThreadLocalRandom;

/** NHS numbers for tests: valid (modulus 11 check digit), and one no other test gives. */
final class NhsNumbers {

    private NhsNumbers() {
    }

    /** A valid NHS number no other referral of the run has, written as NHS Digital prints it ({@code 943 476 5919}). */
    static String unique() {
        while (true) {
            String first = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L));
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (first.charAt(i) - '0') * (10 - i);
            }
            int check = (11 - sum % 11) % 11;
            if (check != 10) {
                String digits = first + check;
                return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
            }
        }
    }

    /** The ten digits alone. */
    static String digits(String nhsNumber) {
        return nhsNumber.replace(" ", "");
    }

    /** The same number with a wrong check digit. */
    static String wrongCheckDigit(String nhsNumber) {
        String digits = digits(nhsNumber);
        return digits.substring(0, 9) + (char) ('0' + (digits.charAt(9) - '0' + 1) % 10);
    }
}
