package org.earlyhelp.referral.referral;

import org.earlyhelp.platform.identity.Caller;

/**
 * Who may see a referral (ARCHITECTURE.md §3, default deny): the referring agency, the lead
 * agency once accepted, and the hub's screeners for the referral's area. A receiving agency of
 * an onward referral sees that onward referral only, never the referral. {@link ReferralRepository#VISIBLE}
 * is the same rule as a query.
 */
public final class ReferralAccess {

    public static final String HUB_TRIAGE = "hub-triage";
    public static final String PRACTITIONER = "practitioner";
    public static final String PARTNER_SYSTEM = "partner-system";

    private ReferralAccess() {
    }

    public static boolean maySee(Caller caller, Referral referral) {
        return caller.belongsTo(referral.referringAgency())
                || caller.belongsTo(referral.leadAgency())
                || mayTriage(caller, referral);
    }

    public static boolean mayTriage(Caller caller, Referral referral) {
        return caller.hasRole(HUB_TRIAGE) && caller.areas().contains(referral.area());
    }
}
