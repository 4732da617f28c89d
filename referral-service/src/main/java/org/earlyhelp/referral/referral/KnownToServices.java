package org.earlyhelp.referral.referral;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * "Known to services" at a glance, on a line of the hub's queue or referral list: how many strong matches (not
 * rejected) the referral's people have, and how many open cumulative-concern alerts rest on the referral or its people.
 */
@Schema(description = "Known to services, for the hub: strong candidate matches (score at or above a match's strongScore, not "
        + "rejected) of the referral's people, and open cumulative-concern alerts on the referral or its people")
public record KnownToServices(long strongMatches, long openAlerts) {

    /** The figures of a page of referrals, in one query (matching owns what a strong match is). */
    public interface Count {

        /** Every referral of {@code referralIds} has an entry. */
        Map<UUID, KnownToServices> of(Collection<UUID> referralIds);
    }
}
