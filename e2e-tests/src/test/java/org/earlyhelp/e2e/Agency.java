package org.earlyhelp.e2e;

/** The demo agencies of the realm (Keycloak organisations), each with the login that acts for it in tests. */
public enum Agency {

    POLICE("northshire-police", "police"),
    EARLY_HELP_HUB("northshire-early-help", "local-authority"),
    HEALTH_VISITING("northshire-health-visiting", "health"),
    SURGERY("eastmere-surgery", "health"),
    ACADEMY("eastmere-academy", "education"),
    MENTAL_HEALTH("northshire-mental-health", "mental-health"),
    DWP("dwp-northshire", "dwp"),
    RECOVERY("northshire-recovery", "substance-misuse"),
    BRIGHTSTART("brightstart-family-support", "charity"),
    /** The local authority's children's social care front door: receives the hub's hand-overs. */
    CHILDRENS_SOCIAL_CARE("northshire-childrens-social-care", "local-authority");

    private final String code;
    private final String type;

    Agency(String code, String type) {
        this.code = code;
        this.type = type;
    }

    public String code() {
        return code;
    }

    public String type() {
        return type;
    }

    /** The agency's practitioner: who refers, records consent and asks for decisions on its behalf in fixtures. */
    public Login practitioner() {
        return switch (this) {
            case POLICE -> Login.PC_HUGHES;
            case EARLY_HELP_HUB -> Login.HUB_PATEL;
            case HEALTH_VISITING -> Login.HV_MORGAN;
            case SURGERY -> Login.DR_SINGH;
            case ACADEMY -> Login.TEACHER_EVANS;
            case MENTAL_HEALTH -> Login.MH_OSEI;
            case DWP -> Login.DWP_AHMED;
            case RECOVERY -> Login.RECOVERY_COLE;
            case BRIGHTSTART -> Login.WORKER_LEE;
            case CHILDRENS_SOCIAL_CARE -> Login.CSC_DUTY;
        };
    }

    /** The next agency in declaration order, wrapping round: a fixed "other agency" for fixtures. */
    public Agency next() {
        Agency[] all = values();
        return all[(ordinal() + 1) % all.length];
    }
}
