package org.earlyhelp.referral.referral;

import org.earlyhelp.platform.change.Actor;

/**
 * Fired (CDI, synchronously, inside the escalating transaction) once the hub has escalated a referral, so that its hand-over
 * to children's social care joins the same transaction without this package knowing it.
 */
public record ReferralEscalated(Referral referral, Actor by, String reason) {
}
