package org.earlyhelp.referral.referral;

import org.earlyhelp.platform.change.Actor;

/**
 * Fired (CDI, synchronously, inside the withdrawing transaction) once the referrer has taken its referral back, so that
 * what hangs on the referral being open (a question the hub asked) ends in the same transaction without this package
 * knowing it.
 */
public record ReferralWithdrawn(Referral referral, Actor by, String reason) {
}
