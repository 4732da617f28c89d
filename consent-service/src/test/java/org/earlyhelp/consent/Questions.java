package org.earlyhelp.consent;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Sharing questions as request bodies: the recipient by its code only (its type is the register's). */
public final class Questions {

    private Questions() {
    }

    /** May BrightStart (a charity) join the team around the family with identity and concerns? */
    public static Map<String, Object> charityJoiningTeam(UUID person) {
        return question(person, "brightstart-family-support", "team-around-family", "identity", "concerns");
    }

    /** May Northshire Recovery (a drug service) receive an onward referral with identity and concerns? */
    public static Map<String, Object> drugServiceReferral(UUID person) {
        return question(person, "northshire-recovery", "onward-referral", "identity", "concerns");
    }

    public static Map<String, Object> question(UUID person, String agency, String purpose, String... categories) {
        return Map.of("personId", person.toString(), "recipient", Map.of("agency", agency),
                "purpose", purpose, "dataCategories", List.of(categories));
    }

    /** A question that states the recipient's type too, as callers did before the agency register. */
    public static Map<String, Object> statingType(UUID person, String agency, String agencyType, String purpose, String... categories) {
        return Map.of("personId", person.toString(), "recipient", Map.of("agency", agency, "agencyType", agencyType),
                "purpose", purpose, "dataCategories", List.of(categories));
    }
}
