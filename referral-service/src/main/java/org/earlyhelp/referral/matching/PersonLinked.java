package org.earlyhelp.referral.matching;

import java.util.UUID;

import org.earlyhelp.referral.referral.Referral;

/** Fired (CDI, in the confirming transaction) when triage confirms a match: the referral's person is now {@code personId}. */
public record PersonLinked(Referral referral, UUID personId) {
}
