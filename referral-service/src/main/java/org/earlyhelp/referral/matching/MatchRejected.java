package org.earlyhelp.referral.matching;

import java.util.UUID;

/** Fired (CDI, in the rejecting transaction) when triage rejects match {@code matchId} on {@code referralId}: not the same person. */
public record MatchRejected(UUID matchId, UUID referralId) {
}
