package org.earlyhelp.consent;

import org.earlyhelp.platform.test.Tokens;

/** The people and systems the tests act as, shaped like the demo realm's. */
public final class Staff {

    private Staff() {
    }

    /** Northshire Police officer. */
    public static Tokens policeOfficer() {
        return Tokens.user("pc.hughes").agency("northshire-police", "police").roles("practitioner");
    }

    /** The early help hub's triage officer. */
    public static Tokens hubTriage() {
        return Tokens.user("hub.patel").agency("northshire-early-help", "local-authority").roles("hub-triage", "practitioner");
    }

    /** A health visitor who can lead cases. */
    public static Tokens healthVisitorLead() {
        return Tokens.user("hv.morgan").agency("northshire-health-visiting", "health").roles("practitioner", "case-lead");
    }

    /** A drug and alcohol service worker: a plain practitioner. */
    public static Tokens recoveryWorker() {
        return Tokens.user("recovery.cole").agency("northshire-recovery", "substance-misuse").roles("practitioner");
    }

    /** A family support charity worker: a plain practitioner. */
    public static Tokens charityWorker() {
        return Tokens.user("worker.ng").agency("brightstart-family-support", "charity").roles("practitioner");
    }

    /** The hub's triage officer for one district only. */
    public static Tokens hubTriageOf(String area) {
        return Tokens.user("hub.okafor").agency("northshire-early-help", "local-authority").areas(area).roles("hub-triage");
    }

    /** A practitioner of the hub's own agency without the hub-triage role. */
    public static Tokens hubPractitioner() {
        return Tokens.user("hub.bell").agency("northshire-early-help", "local-authority").roles("practitioner");
    }

    /** The hub's directory administrator. */
    public static Tokens hubDirectoryAdmin() {
        return Tokens.user("directory.admin").agency("northshire-early-help", "local-authority").roles("directory-admin");
    }

    /** A mental health team's case lead, at an agency the tests' families have no link with unless a test makes one. */
    public static Tokens mentalHealthLead() {
        return Tokens.user("mh.reid").agency("northshire-mental-health", "mental-health").roles("practitioner", "case-lead");
    }

    /** A school's designated safeguarding lead: a plain practitioner. */
    public static Tokens schoolPractitioner() {
        return Tokens.user("dsl.ahmed").agency("eastmere-academy", "education").roles("practitioner");
    }

    /** The authority's data protection officer (demo user dpo.reid), for every district unless a test says otherwise. */
    public static Tokens dataProtectionOfficer() {
        return Tokens.user("dpo.reid").agency("northshire-early-help", "local-authority").roles("data-protection-officer");
    }

    public static Tokens dataProtectionOfficerOf(String area) {
        return Tokens.user("dpo.khan").agency("northshire-early-help", "local-authority").areas(area).roles("data-protection-officer");
    }

    public static Tokens auditor() {
        return Tokens.user("auditor.dpo").agency("northshire-early-help", "local-authority").roles("auditor");
    }

    public static Tokens policeSystem() {
        return Tokens.partnerSystem("police-records-system").agency("northshire-police", "police");
    }

    public static Tokens dwpSystem() {
        return Tokens.partnerSystem("dwp-case-system").agency("dwp-northshire", "dwp");
    }

    public static Tokens charitySystem() {
        return Tokens.partnerSystem("brightstart-system").agency("brightstart-family-support", "charity");
    }

    /** case-service's own account asking again after a consent ended. */
    public static Tokens sharingRecheck() {
        return caseService().roles("sharing-recheck");
    }

    /** Another service's account following this service's feed. */
    public static Tokens caseService() {
        return Tokens.user("service-account-case-service").agency("northshire-early-help", "local-authority").roles("event-consumer");
    }
}
