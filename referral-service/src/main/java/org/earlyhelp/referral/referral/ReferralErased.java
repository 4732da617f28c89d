package org.earlyhelp.referral.referral;

import java.util.Set;
import java.util.UUID;

/**
 * Fired (CDI, inside the erasing transaction) once referral {@code referralId} and everything derived from it are
 * deleted (decision 0062): {@code alertIds} are the cumulative-concern alerts that rested on it, to be counted again or
 * to go with it.
 */
public record ReferralErased(UUID referralId, Set<UUID> alertIds) {
}
