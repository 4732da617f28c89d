package org.earlyhelp.cases.casefile;

import java.util.Set;

import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.identity.Caller;

/**
 * What a caller who sees a case ({@link CaseVisibility}) may do with it: roles grant actions
 * (ARCHITECTURE.md §3). Leading it (team, assessment, plan, reviews, transfer, closure) is for a
 * case lead of the lead agency; working it (notes, the actions its agency owns) for a practitioner
 * or case lead of an agency taking part, never a partner system.
 */
public final class CaseAccess {

    public static final String PRACTITIONER = Reach.PRACTITIONER;
    public static final String CASE_LEAD = Reach.CASE_LEAD;

    private CaseAccess() {
    }

    /** A case lead of the lead agency. */
    public static boolean mayLead(Caller caller, Case kase) {
        return caller.hasRole(CASE_LEAD) && caller.belongsTo(kase.leadAgency());
    }

    /** A practitioner or case lead of an agency taking part ({@link CaseRepository#participants}): writes notes, moves the actions its agency owns. */
    public static boolean mayWork(Caller caller, Set<String> participants) {
        return (caller.hasRole(PRACTITIONER) || caller.hasRole(CASE_LEAD)) && !caller.partnerSystem()
                && caller.agency() != null && participants.contains(caller.agency());
    }
}
