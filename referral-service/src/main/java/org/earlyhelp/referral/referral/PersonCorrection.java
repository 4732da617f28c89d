package org.earlyhelp.referral.referral;

import java.time.LocalDate;
import java.util.UUID;

/** New identifying details of a person on a referral, as its referrer corrected them; a null is unchanged. */
public record PersonCorrection(UUID personId, String firstName, String lastName, LocalDate dateOfBirth, String postcode) {
}
