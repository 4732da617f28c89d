package org.earlyhelp.referral.referral;

/** The named agency cannot lead this referral's case (not in the agency register, or not serving its district): 422. */
class LeadAgencyRefused extends RuntimeException {

    LeadAgencyRefused(String message) {
        super(message, null, false, false);
    }
}
