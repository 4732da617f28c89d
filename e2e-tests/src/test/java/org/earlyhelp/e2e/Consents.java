package org.earlyhelp.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.restassured.response.Response;

/**
 * Consent records as consent-service takes them ({@code Consents.about(person, "Sam Carter").given().permit(...)}),
 * and recording them, sharing decisions and lawful bases through the gateway.
 */
public final class Consents {

    /** Every data category a consent or decision can name. */
    public static final Set<String> ALL_CATEGORIES = Set.of("identity", "contact", "concerns", "health", "education",
            "police-information", "case-notes");

    private final Map<String, Object> body = new LinkedHashMap<>();
    private final List<Map<String, Object>> provisions = new ArrayList<>();

    private Consents(UUID personId, String personName) {
        body.put("personId", personId.toString());
        body.put("personName", personName);
        body.put("grantor", Map.of("kind", "parent-with-parental-responsibility", "name", "Parent of " + personName));
        body.put("method", "written");
        body.put("status", "active");
    }

    public static Consents about(UUID personId, String personName) {
        return new Consents(personId, personName);
    }

    /** The person gives it about themselves. */
    public Consents givenByThemselves() {
        body.put("grantor", Map.of("kind", "person", "name", body.get("personName")));
        return this;
    }

    /** The consent is refused: its provisions say what was refused, as deny. */
    public Consents refused() {
        body.put("status", "refused");
        return this;
    }

    public Consents permit(String purpose, Set<String> agencies, Set<String> categories) {
        provisions.add(provision("permit", purpose, agencies, categories));
        return this;
    }

    public Consents deny(String purpose, Set<String> agencies, Set<String> categories) {
        provisions.add(provision("deny", purpose, agencies, categories));
        return this;
    }

    private static Map<String, Object> provision(String type, String purpose, Set<String> agencies, Set<String> categories) {
        Map<String, Object> provision = new LinkedHashMap<>();
        provision.put("type", type);
        provision.put("purposes", List.of(purpose));
        provision.put("recipientAgencies", List.copyOf(agencies));
        provision.put("dataCategories", List.copyOf(categories));
        return provision;
    }

    public Map<String, Object> build() {
        Map<String, Object> consent = new LinkedHashMap<>(body);
        consent.put("provisions", provisions);
        return consent;
    }

    /**
     * Records it as {@code recorder}. consent-service learns who works with a person from the
     * referral feed, a second or so after the referral; until then a practitioner is told 404,
     * so this asks again until the record is made.
     */
    public Recorded recordBy(Login recorder) {
        Response response = Eventually.get(() -> Gateway.as(recorder).body(build()).when().post("/api/consents"),
                answer -> answer.statusCode() != 404);
        response.then().statusCode(201);
        return new Recorded(UUID.fromString(response.path("id")), UUID.fromString(response.path("personId")),
                response.header("ETag"));
    }

    /** A consent as recorded: its id, the person it is about, its ETag. */
    public record Recorded(UUID id, UUID personId, String etag) {
    }

    /** Asks consent-service whether {@code recipient} may receive {@code categories} about a person, as {@code asker}. */
    public static Response ask(Login asker, UUID personId, Agency recipient, String purpose, Set<String> categories) {
        return Gateway.as(asker)
                .body(Map.of("personId", personId.toString(),
                        "recipient", Map.of("agency", recipient.code()),
                        "purpose", purpose, "dataCategories", List.copyOf(categories)))
                .when().post("/api/sharing-decisions");
    }

    /** {@link #ask}, with the body also stating a recipient agency type: the register alone decides an agency's type. */
    public static Response askStatingType(Login asker, UUID personId, Agency recipient, String statedType, String purpose,
            Set<String> categories) {
        return Gateway.as(asker)
                .body(Map.of("personId", personId.toString(),
                        "recipient", Map.of("agency", recipient.code(), "agencyType", statedType),
                        "purpose", purpose, "dataCategories", List.copyOf(categories)))
                .when().post("/api/sharing-decisions");
    }

    /** {@link #ask}, asked again while consent-service does not yet know that the asker's agency works with the person. */
    public static Response askOnceKnown(Login asker, UUID personId, Agency recipient, String purpose, Set<String> categories) {
        return Eventually.get(() -> ask(asker, personId, recipient, purpose, categories), answer -> answer.statusCode() != 404);
    }

    /** The hub records a lawful basis to share without consent: who decided, why, with whom, what. */
    public static UUID recordLawfulBasis(Login recorder, UUID personId, String kind, String justification, Agency recipient,
            String purpose, Set<String> categories) {
        Response response = Gateway.as(recorder)
                .body(Map.of("personId", personId.toString(), "kind", kind, "justification", justification,
                        "decidedBy", Map.of("name", "Jo Patel", "role", "Early Help Hub team manager"),
                        "purposes", List.of(purpose), "recipientAgencies", List.of(recipient.code()),
                        "dataCategories", List.copyOf(categories)))
                .when().post("/api/lawful-bases");
        response.then().statusCode(201);
        return UUID.fromString(response.path("id"));
    }
}
