package org.earlyhelp.referral.matching;

import java.util.UUID;

import org.earlyhelp.referral.referral.Referral;

/**
 * Fired (CDI, in the confirming transaction) when triage confirms match {@code matchId}: the referral's person, minted as
 * {@code mintedPersonId}, is now {@code personId}.
 */
public record PersonLinked(Referral referral, UUID matchId, UUID mintedPersonId, UUID personId) {
}
