package org.earlyhelp.referral.referral;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import org.earlyhelp.platform.access.Condition;
import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.access.Visibility;
import org.earlyhelp.platform.identity.Caller;

/**
 * Who may see a referral (README "Access", from ARCHITECTURE §3), stated once for the single read and every list: the
 * working roles of the referring agency and, once accepted, of the lead agency (the lead is set only by acceptance), and
 * the hub's screeners of the referral's area. A receiving agency of an onward referral never sees the referral.
 * {@link #TRIAGE} is the part of it that lets a caller decide: the hub of the area alone.
 */
public final class ReferralVisibility implements Visibility<Referral> {

    /** The referrals a caller may see. */
    public static final ReferralVisibility SEEN = new ReferralVisibility(true);
    /** The referrals a caller may triage (and whose matches it may see and decide): the hub of their area. */
    public static final ReferralVisibility TRIAGE = new ReferralVisibility(false);

    static final String RESOURCE = "referral";

    private static final String HUB_OF_THE_AREA = "r.area in :reachHubAreas";
    private static final String REFERRER_OR_LEAD = "r.referringAgency = :reachAgency or r.leadAgency = :reachAgency";

    private final boolean participants;

    private ReferralVisibility(boolean participants) {
        this.participants = participants;
    }

    @Override
    public Class<Referral> type() {
        return Referral.class;
    }

    @Override
    public String resource() {
        return RESOURCE;
    }

    @Override
    public String purpose() {
        return ReferralService.PURPOSE;
    }

    @Override
    public Condition visibleTo(Caller caller) {
        Reach reach = Reach.of(caller);
        if (!participants) {
            return Condition.of(HUB_OF_THE_AREA, Map.of("reachHubAreas", reach.hubAreasOrNone()));
        }
        return Condition.of(REFERRER_OR_LEAD + " or " + HUB_OF_THE_AREA,
                Map.of("reachAgency", reach.agencyOrNone(), "reachHubAreas", reach.hubAreasOrNone()));
    }

    @Override
    public Collection<UUID> people(Referral referral) {
        return referral.personIds();
    }
}
