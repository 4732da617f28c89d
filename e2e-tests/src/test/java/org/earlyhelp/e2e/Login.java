package org.earlyhelp.e2e;

import java.util.Arrays;
import java.util.Set;

/**
 * Who calls: the realm's demo users (password grant), its partner-agency systems (client
 * credentials) and nobody at all. Their agencies and roles are those of the README and the realm.
 */
public enum Login {

    PC_HUGHES("pc.hughes", Agency.POLICE, "practitioner"),
    HUB_PATEL("hub.patel", Agency.EARLY_HELP_HUB, "hub-triage", "practitioner"),
    HV_MORGAN("hv.morgan", Agency.HEALTH_VISITING, "practitioner", "case-lead"),
    DR_SINGH("dr.singh", Agency.SURGERY, "practitioner"),
    TEACHER_EVANS("teacher.evans", Agency.ACADEMY, "practitioner"),
    MH_OSEI("mh.osei", Agency.MENTAL_HEALTH, "practitioner"),
    DWP_AHMED("dwp.ahmed", Agency.DWP, "practitioner"),
    RECOVERY_COLE("recovery.cole", Agency.RECOVERY, "practitioner"),
    WORKER_LEE("worker.lee", Agency.BRIGHTSTART, "practitioner", "case-lead"),
    CSC_DUTY("csc.duty", Agency.CHILDRENS_SOCIAL_CARE, "practitioner"),
    ADMIN_DIRECTORY("admin.directory", Agency.EARLY_HELP_HUB, "directory-admin"),
    AUDITOR_DPO("auditor.dpo", Agency.EARLY_HELP_HUB, "auditor"),
    DPO_REID("dpo.reid", Agency.EARLY_HELP_HUB, "data-protection-officer"),
    POLICE_RECORDS_SYSTEM("police-records-system", Agency.POLICE, "partner-system"),
    BRIGHTSTART_SYSTEM("brightstart-system", Agency.BRIGHTSTART, "partner-system"),
    CSC_FRONT_DOOR_SYSTEM("csc-front-door-system", Agency.CHILDRENS_SOCIAL_CARE, "partner-system"),
    ANONYMOUS("anonymous", null);

    /** Demo data only: the password of every demo user (README). */
    static final String DEMO_PASSWORD = "demo-password";

    private final String name;
    private final Agency agency;
    private final Set<String> roles;

    Login(String name, Agency agency, String... roles) {
        this.name = name;
        this.agency = agency;
        this.roles = Set.of(roles);
    }

    /** The username, client id, or {@code anonymous}. */
    public String username() {
        return name;
    }

    /** The caller's agency; null for {@link #ANONYMOUS}. */
    public Agency agency() {
        return agency;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean partnerSystem() {
        return hasRole("partner-system");
    }

    /** A fresh-enough access token from Keycloak; null for {@link #ANONYMOUS}. */
    public String token() {
        return this == ANONYMOUS ? null : KeycloakTokens.of(this);
    }

    public static Login of(String name) {
        return Arrays.stream(values()).filter(login -> login.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo login " + name));
    }

    @Override
    public String toString() {
        return name;
    }
}
