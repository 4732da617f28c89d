package org.earlyhelp.consent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Consent records as request bodies, built in the domain's words: {@code Consents.parentalConsentFor(child).toAgencyTypes("charity")}. */
public final class Consents {

    private final Map<String, Object> body = new LinkedHashMap<>();
    private final List<Map<String, Object>> provisions = new ArrayList<>();
    private Map<String, Object> current;

    private Consents(UUID person, String grantorKind, String grantorName, String status) {
        body.put("personId", person.toString());
        body.put("personName", "Riley Carter");
        body.put("personBirthDate", "2015-04-01");
        body.put("grantor", Map.of("kind", grantorKind, "name", grantorName));
        body.put("method", "written");
        body.put("status", status);
        body.put("evidenceReference", "DOC-2026-0042");
        body.put("provisions", provisions);
    }

    /**
     * A mother with parental responsibility consents to team-around-family shares of identity,
     * contact and concerns with charities and health agencies.
     */
    public static Consents parentalConsentFor(UUID child) {
        return new Consents(child, "parent-with-parental-responsibility", "Sam Carter", "active")
                .permit("team-around-family").toAgencyTypes("charity", "health").categories("identity", "contact", "concerns");
    }

    /** A mother consents to an onward referral to Northshire Recovery with identity and concerns, and to nothing else. */
    public static Consents onwardReferralConsentFor(UUID child) {
        return new Consents(child, "parent-with-parental-responsibility", "Sam Carter", "active")
                .permit("onward-referral").toAgencies("northshire-recovery").categories("identity", "concerns");
    }

    /** A mother refuses any share with drug and alcohol services. */
    public static Consents refusalFor(UUID child) {
        return new Consents(child, "parent-with-parental-responsibility", "Sam Carter", "refused")
                .deny().toAgencyTypes("substance-misuse");
    }

    /** Adds a permit provision for the purposes; name recipients and categories next. */
    public Consents permit(String... purposes) {
        return provision("permit", purposes);
    }

    /** Adds a deny provision; an empty dimension means "any". */
    public Consents deny(String... purposes) {
        return provision("deny", purposes);
    }

    public Consents toAgencies(String... agencies) {
        current.put("recipientAgencies", List.of(agencies));
        return this;
    }

    public Consents toAgencyTypes(String... types) {
        current.put("recipientAgencyTypes", List.of(types));
        return this;
    }

    public Consents categories(String... categories) {
        current.put("dataCategories", List.of(categories));
        return this;
    }

    public Consents until(Instant end) {
        body.put("period", Map.of("start", Instant.now().minusSeconds(60).toString(), "end", end.toString()));
        return this;
    }

    public Consents with(String field, Object value) {
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, value);
        }
        return this;
    }

    public Map<String, Object> body() {
        return body;
    }

    private Consents provision(String type, String... purposes) {
        current = new LinkedHashMap<>();
        current.put("type", type);
        current.put("purposes", List.of(purposes));
        provisions.add(current);
        return this;
    }
}
