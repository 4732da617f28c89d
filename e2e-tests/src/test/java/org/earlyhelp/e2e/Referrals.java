package org.earlyhelp.e2e;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.Response;

/**
 * Referral bodies as the referral API takes them, built as JSON-ready maps
 * ({@code Referrals.about(People.child()).concern(...)}), and their submission through the gateway.
 */
public final class Referrals {

    private final List<Map<String, Object>> children = new ArrayList<>();
    private final List<Map<String, Object>> household = new ArrayList<>();
    private final List<Map<String, Object>> concerns = new ArrayList<>();
    private final Map<String, Object> family = new LinkedHashMap<>(Map.of("knows", true, "agrees", true));
    private String urgency = "routine";
    private final String area = "eastmere";
    private String helpRequested = "Early help assessment and a lead practitioner for the family";

    private Referrals() {
    }

    /** A child with a routine attendance concern, to be refined. */
    public static Referrals about(People.Person child) {
        Referrals referral = new Referrals();
        referral.child(child);
        return referral;
    }

    /** A child with no concerns yet: add them with {@link #concern}. */
    public static Referrals aboutChild(People.Person child) {
        Referrals referral = new Referrals();
        referral.children.add(childOf(child));
        return referral;
    }

    /** A routine referral about a new made-up child. */
    public static Referrals routine() {
        return about(People.child());
    }

    /** An unborn child: expected due date, surname only, the parents' address. */
    public static Referrals unborn(String lastName, LocalDate expectedDueDate, String postcode) {
        Referrals referral = new Referrals();
        Map<String, Object> baby = new LinkedHashMap<>();
        baby.put("lastName", lastName);
        baby.put("expectedDueDate", expectedDueDate.toString());
        baby.put("address", address(postcode));
        referral.children.add(baby);
        return referral;
    }

    private void child(People.Person child) {
        children.add(childOf(child));
        concern("education", "Attendance has fallen below 85% this term", "medium");
    }

    private static Map<String, Object> childOf(People.Person child) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("firstName", child.firstName());
        body.put("lastName", child.lastName());
        body.put("dateOfBirth", child.dateOfBirth().toString());
        body.put("sex", "unknown");
        body.put("address", address(child.postcode()));
        return body;
    }

    /** The referrer does not know the first child's date of birth ({@code dateOfBirthUnknown}, decision 0055). */
    public Referrals withoutDateOfBirth() {
        children.get(0).remove("dateOfBirth");
        children.get(0).put("dateOfBirthUnknown", true);
        return this;
    }

    public Referrals member(String firstName, String lastName, LocalDate dateOfBirth, String relationship) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("firstName", firstName);
        member.put("lastName", lastName);
        if (dateOfBirth != null) {
            member.put("dateOfBirth", dateOfBirth.toString());
        }
        member.put("relationship", relationship);
        household.add(member);
        return this;
    }

    public Referrals concern(String category, String description, String severity) {
        concerns.add(new LinkedHashMap<>(Map.of("category", category, "description", description, "severity", severity)));
        return this;
    }

    /** Replaces the concerns so far with this one. */
    public Referrals onlyConcern(String category, String description, String severity) {
        concerns.clear();
        return concern(category, description, severity);
    }

    public Referrals urgency(String urgency) {
        this.urgency = urgency;
        return this;
    }

    public Referrals helpRequested(String helpRequested) {
        this.helpRequested = helpRequested;
        return this;
    }

    public Map<String, Object> build() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("children", children);
        body.put("household", household);
        body.put("concerns", concerns);
        body.put("family", family);
        body.put("urgency", urgency);
        body.put("helpRequested", helpRequested);
        body.put("area", area);
        return body;
    }

    /** Submits through the gateway as {@code referrer}; fails unless it is created. */
    public Submitted submitBy(Login referrer) {
        Response response = Gateway.as(referrer).body(build()).when().post("/api/referrals");
        response.then().statusCode(201);
        return Submitted.of(response);
    }

    private static Map<String, Object> address(String postcode) {
        return Map.of("line1", "12 Mill Lane", "town", "Eastmere", "postcode", postcode);
    }

    /** A referral as created: its id, the ETag to change it with, and the person ids minted for its people. */
    public record Submitted(UUID id, String etag, List<UUID> childPersonIds, List<UUID> householdPersonIds) {

        static Submitted of(Response response) {
            return new Submitted(UUID.fromString(response.path("id")), response.header("ETag"),
                    ids(response.path("children.personId")), ids(response.path("household.personId")));
        }

        public UUID childPersonId() {
            return childPersonIds.get(0);
        }

        public List<UUID> personIds() {
            List<UUID> all = new ArrayList<>(childPersonIds);
            all.addAll(householdPersonIds);
            return all;
        }

        /** The same referral with the ETag of a later version. */
        public Submitted at(String newEtag) {
            return new Submitted(id, newEtag, childPersonIds, householdPersonIds);
        }

        private static List<UUID> ids(List<String> values) {
            return values == null ? List.of() : values.stream().map(UUID::fromString).toList();
        }
    }
}
