package org.earlyhelp.cases.casefile;

import org.earlyhelp.platform.identity.Caller;

/**
 * Who may see and change a case (ARCHITECTURE.md §3, default deny). The lead agency and the
 * agencies on the team around the family see it (restricted notes aside), and so do the hub's
 * screeners for the case's area; everyone else gets 404. Leading it (team, assessment, plan,
 * reviews, transfer, closure) is for a case lead of the lead agency. {@link CaseRepository#VISIBLE}
 * is the same rule as a query.
 */
public final class CaseAccess {

    public static final String PRACTITIONER = "practitioner";
    public static final String CASE_LEAD = "case-lead";
    public static final String HUB_TRIAGE = "hub-triage";
    public static final String PARTNER_SYSTEM = "partner-system";

    private CaseAccess() {
    }

    public static boolean maySee(Caller caller, Case kase) {
        return kase.participates(caller.agency()) || (caller.hasRole(HUB_TRIAGE) && caller.areas().contains(kase.area()));
    }

    /** A case lead of the lead agency. */
    public static boolean mayLead(Caller caller, Case kase) {
        return caller.hasRole(CASE_LEAD) && caller.belongsTo(kase.leadAgency());
    }

    /** A practitioner or case lead of an agency taking part: writes notes, moves the actions its agency owns. */
    public static boolean mayWork(Caller caller, Case kase) {
        return (caller.hasRole(PRACTITIONER) || caller.hasRole(CASE_LEAD)) && !caller.partnerSystem()
                && kase.participates(caller.agency());
    }
}
