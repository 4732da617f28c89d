package org.earlyhelp.referral;

import org.earlyhelp.platform.test.Tokens;

/** The demo agencies of Northshire (keycloak realm), as tokens for tests. */
final class Agencies {

    static final String POLICE = "northshire-police";
    static final String SCHOOL = "eastmere-academy";
    static final String GP = "eastmere-surgery";
    static final String HUB = "northshire-early-help";
    static final String HEALTH_VISITING = "northshire-health-visiting";
    static final String MENTAL_HEALTH = "northshire-mental-health";
    static final String DWP = "dwp-northshire";
    static final String RECOVERY = "northshire-recovery";
    static final String CHARITY = "brightstart-family-support";

    private Agencies() {
    }

    static String policeOfficer() {
        return Tokens.user("pc.hughes").agency(POLICE, "police").roles("practitioner").bearer();
    }

    static String policeSystem() {
        return Tokens.partnerSystem("police-records-system").agency(POLICE, "police").bearer();
    }

    static String teacher() {
        return Tokens.user("ms.okafor").agency(SCHOOL, "education").areas("eastmere").roles("practitioner").bearer();
    }

    static String gp() {
        return Tokens.user("dr.patel").agency(GP, "health").areas("eastmere").roles("practitioner").bearer();
    }

    static String hubScreener() {
        return Tokens.user("sam.screener").agency(HUB, "local-authority").roles("hub-triage", "practitioner").bearer();
    }

    /** A screener of a hub that covers only Westbrook: Eastmere referrals are not theirs. */
    static String westbrookScreener() {
        return Tokens.user("wes.screener").agency(HUB, "local-authority").areas("westbrook").roles("hub-triage").bearer();
    }

    static String healthVisitor() {
        return Tokens.user("hv.jones").agency(HEALTH_VISITING, "health").roles("practitioner", "case-lead").bearer();
    }

    static String mentalHealth() {
        return Tokens.user("mh.ward").agency(MENTAL_HEALTH, "mental-health").roles("practitioner").bearer();
    }

    static String dwp() {
        return Tokens.user("dwp.clark").agency(DWP, "dwp").roles("practitioner").bearer();
    }

    static String recovery() {
        return Tokens.user("rec.evans").agency(RECOVERY, "substance-misuse").roles("practitioner").bearer();
    }

    static String charityWorker() {
        return Tokens.user("cw.brown").agency(CHARITY, "charity").roles("practitioner").bearer();
    }

    static String auditor() {
        return Tokens.user("audrey.auditor").agency(HUB, "local-authority").roles("auditor").bearer();
    }

    /** The authority's data protection officer (realm user dpo.reid), for the hub's three areas. */
    static String dataProtectionOfficer() {
        return Tokens.user("dpo.reid").agency(HUB, "local-authority").areas("eastmere", "westbrook", "kingsfold")
                .roles("data-protection-officer").bearer();
    }

    /** A data protection officer whose areas hold none of the Eastmere referrals. */
    static String westbrookDataProtectionOfficer() {
        return Tokens.user("dpo.west").agency(HUB, "local-authority").areas("westbrook").roles("data-protection-officer").bearer();
    }

    /** Another service's account: reads every event on the feed. */
    static String eventConsumer() {
        return Tokens.user("service-account-case-service").agency(HUB, "local-authority").roles("event-consumer").bearer();
    }
}
