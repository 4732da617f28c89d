package org.earlyhelp.cases;

import org.earlyhelp.platform.test.Tokens;

/** The demo agencies of Northshire (keycloak realm) and their people, as tokens for tests. */
public final class Agencies {

    public static final String POLICE = "northshire-police";
    public static final String SCHOOL = "eastmere-academy";
    public static final String GP = "eastmere-surgery";
    public static final String HUB = "northshire-early-help";
    public static final String HEALTH_VISITING = "northshire-health-visiting";
    public static final String MENTAL_HEALTH = "northshire-mental-health";
    public static final String DWP = "dwp-northshire";
    public static final String RECOVERY = "northshire-recovery";
    public static final String CHARITY = "brightstart-family-support";

    private Agencies() {
    }

    /** hv.morgan: practitioner and case lead at the health visiting service. */
    public static String healthVisitorLead() {
        return Tokens.user("hv.morgan").agency(HEALTH_VISITING, "health").roles("practitioner", "case-lead").bearer();
    }

    /** A health visitor without the case-lead role. */
    public static String healthVisitor() {
        return Tokens.user("hv.jones").agency(HEALTH_VISITING, "health").roles("practitioner").bearer();
    }

    /** worker.lee: practitioner and case lead at the family support charity. */
    public static String charityLead() {
        return Tokens.user("worker.lee").agency(CHARITY, "charity").roles("practitioner", "case-lead").bearer();
    }

    public static String charitySystem() {
        return Tokens.partnerSystem("brightstart-system").agency(CHARITY, "charity").bearer();
    }

    public static String dwp() {
        return Tokens.user("dwp.ahmed").agency(DWP, "dwp").roles("practitioner").bearer();
    }

    public static String policeOfficer() {
        return Tokens.user("pc.hughes").agency(POLICE, "police").roles("practitioner").bearer();
    }

    public static String teacher() {
        return Tokens.user("teacher.evans").agency(SCHOOL, "education").areas("eastmere").roles("practitioner").bearer();
    }

    public static String gp() {
        return Tokens.user("dr.singh").agency(GP, "health").areas("eastmere").roles("practitioner").bearer();
    }

    public static String mentalHealth() {
        return Tokens.user("mh.osei").agency(MENTAL_HEALTH, "mental-health").roles("practitioner").bearer();
    }

    public static String recovery() {
        return Tokens.user("recovery.cole").agency(RECOVERY, "substance-misuse").roles("practitioner").bearer();
    }

    /** hub.patel: the hub's screener for all three districts. */
    public static String hubScreener() {
        return Tokens.user("hub.patel").agency(HUB, "local-authority").roles("hub-triage", "practitioner").bearer();
    }

    /** A screener of a hub that covers only Westbrook: Eastmere cases are not theirs. */
    public static String westbrookScreener() {
        return Tokens.user("wes.screener").agency(HUB, "local-authority").areas("westbrook").roles("hub-triage").bearer();
    }

    public static String auditor() {
        return Tokens.user("auditor.dpo").agency(HUB, "local-authority").roles("auditor").bearer();
    }

    /** dpo.reid: the authority's data protection officer, for the hub's three districts. */
    public static String dataProtectionOfficer() {
        return Tokens.user("dpo.reid").agency(HUB, "local-authority").areas("eastmere", "westbrook", "kingsfold")
                .roles("data-protection-officer").bearer();
    }

    /** A data protection officer whose areas are Westbrook's only: Eastmere's people are not theirs to ask about. */
    public static String westbrookDataProtectionOfficer() {
        return Tokens.user("dpo.west").agency(HUB, "local-authority").areas("westbrook").roles("data-protection-officer").bearer();
    }

    /** Another service's account: reads every event on the feed. */
    public static String eventConsumer() {
        return Tokens.user("service-account-referral-service").agency(HUB, "local-authority").roles("event-consumer").bearer();
    }
}
