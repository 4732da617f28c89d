package org.earlyhelp.referral.referral;

/**
 * Fired (CDI, synchronously, inside the submitting transaction) once a referral is stored, so
 * that matching and alerts join the same transaction without this package knowing them.
 */
public record ReferralSubmitted(Referral referral) {
}
