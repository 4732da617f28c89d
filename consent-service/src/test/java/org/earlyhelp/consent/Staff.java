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

    public static Tokens auditor() {
        return Tokens.user("auditor.dpo").agency("northshire-early-help", "local-authority").roles("auditor");
    }

    public static Tokens policeSystem() {
        return Tokens.partnerSystem("police-records-system").agency("northshire-police", "police");
    }

    public static Tokens charitySystem() {
        return Tokens.partnerSystem("brightstart-system").agency("brightstart-family-support", "charity");
    }

    /** Another service's account following this service's feed. */
    public static Tokens caseService() {
        return Tokens.user("service-account-case-service").agency("northshire-early-help", "local-authority").roles("event-consumer");
    }
}
