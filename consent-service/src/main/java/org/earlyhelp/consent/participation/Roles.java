package org.earlyhelp.consent.participation;

/** The realm roles this service acts on. */
public final class Roles {

    public static final String PRACTITIONER = "practitioner";
    public static final String HUB_TRIAGE = "hub-triage";
    public static final String CASE_LEAD = "case-lead";
    public static final String AUDITOR = "auditor";
    public static final String PARTNER_SYSTEM = "partner-system";
    /** case-service's own account, asking again whether a team member may keep access after a consent ended. */
    public static final String SHARING_RECHECK = "sharing-recheck";

    private Roles() {
    }
}
