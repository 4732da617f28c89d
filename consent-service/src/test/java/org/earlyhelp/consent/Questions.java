package org.earlyhelp.consent;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Sharing questions as request bodies. */
public final class Questions {

    private Questions() {
    }

    /** May BrightStart (a charity) join the team around the family with identity and concerns? */
    public static Map<String, Object> charityJoiningTeam(UUID person) {
        return question(person, "brightstart-family-support", "charity", "team-around-family", "identity", "concerns");
    }

    /** May Northshire Recovery (a drug service) receive an onward referral with identity and concerns? */
    public static Map<String, Object> drugServiceReferral(UUID person) {
        return question(person, "northshire-recovery", "substance-misuse", "onward-referral", "identity", "concerns");
    }

    public static Map<String, Object> question(UUID person, String agency, String agencyType, String purpose, String... categories) {
        return Map.of("personId", person.toString(), "recipient", Map.of("agency", agency, "agencyType", agencyType),
                "purpose", purpose, "dataCategories", List.of(categories));
    }
}
