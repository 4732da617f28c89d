package org.earlyhelp.referral.matching;

import java.util.UUID;

import org.earlyhelp.referral.referral.Referral;

/**
 * Fired (CDI, in the unlinking transaction) when triage undoes confirmed match {@code matchId}: the referral's person,
 * known as {@code personId} since the confirmation, is {@code restoredPersonId} again.
 */
public record PersonUnlinked(Referral referral, UUID matchId, UUID restoredPersonId, UUID personId) {
}
