package org.earlyhelp.e2e;

import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Cases in case-service, which opens one for every referral the hub accepts (from referral-service's
 * feed, a moment later): finding that case, and what its lead does with it, through the gateway.
 */
public final class Cases {

    private Cases() {
    }

    /** The case opened for an accepted referral, as the lead agency's {@code reader} finds it once it exists. */
    public static UUID openedFor(UUID referral, Login reader) {
        UUID found = Eventually.get(() -> caseNaming(referral, reader), id -> id != null);
        if (found == null) {
            throw new AssertionError("No case opened for accepted referral " + referral + " that " + reader + " sees");
        }
        return found;
    }

    private static UUID caseNaming(UUID referral, Login reader) {
        for (int page = 0; ; page++) {
            JsonPath cases = Gateway.as(reader).queryParam("size", 100).queryParam("page", page)
                    .when().get("/api/cases").then().statusCode(200).extract().jsonPath();
            List<String> ids = cases.getList("items.id");
            for (String id : ids) {
                List<String> referrals = Gateway.as(reader).when().get("/api/cases/{id}", id)
                        .then().statusCode(200).extract().path("referralIds");
                if (referrals.contains(referral.toString())) {
                    return UUID.fromString(id);
                }
            }
            if (ids.size() < 100) {
                return null;
            }
        }
    }

    /** The case as {@code reader} reads it. */
    public static Response read(Login reader, UUID caseId) {
        return Gateway.as(reader).when().get("/api/cases/{id}", caseId);
    }

    /** The lead adds {@code agency} to the team around the family; case-service asks consent-service about every family member first. */
    public static void addToTeam(Login lead, UUID caseId, Agency agency, String role) {
        joinTeam(lead, caseId, agency, role).then().statusCode(201).body("agency", equalTo(agency.code()));
    }

    /** What a family agrees a team member sees unless a test says otherwise: who they are, the concerns and the case notes. */
    public static final Set<String> WHAT_A_MEMBER_SEES = Set.of("identity", "contact", "concerns", "case-notes");

    /**
     * The family's consent (recorded by the hub) for {@code agency} to join the team around each of {@code people}, for
     * {@link #WHAT_A_MEMBER_SEES}.
     */
    public static void consentToTeam(List<UUID> people, Agency agency) {
        consentToTeam(people, agency, WHAT_A_MEMBER_SEES);
    }

    /** The family's consent (recorded by the hub) for {@code agency} to join the team around each of {@code people}, for {@code categories}. */
    public static void consentToTeam(List<UUID> people, Agency agency, Set<String> categories) {
        for (UUID person : people) {
            Consents.about(person, "a member of the family")
                    .permit("team-around-family", Set.of(agency.code()), categories)
                    .recordBy(Login.HUB_PATEL);
        }
    }

    /**
     * The lead adds {@code agency} to the team around the family; case-service asks consent-service about every family
     * member first, for the data categories its role needs (its type's defaults). The answer: the member as added.
     */
    public static Response joinTeam(Login lead, UUID caseId, Agency agency, String role) {
        // consent-service learns that the lead takes part from the referral feed, moments after the case opens; until
        // then case-service cannot get an answer and says 503, stores nothing, and the lead tries again, as a client does.
        return Eventually.get(() -> Gateway.as(lead).body(Map.of("agency", agency.code(), "role", role))
                .when().post("/api/cases/{id}/members", caseId), answer -> answer.statusCode() != 503);
    }

    /** The lead assesses one headline need of the case, e.g. {@code domestic-abuse}. */
    public static void assessNeed(Login lead, UUID caseId, String need, String severity, String notes) {
        Gateway.as(lead).header("If-Match", etag(lead, caseId)).body(Map.of("severity", severity, "notes", notes))
                .when().put("/api/cases/{id}/needs/{need}", caseId, need).then().statusCode(200);
    }

    /** The case's current ETag, as {@code reader} reads it. */
    public static String etag(Login reader, UUID caseId) {
        return read(reader, caseId).then().statusCode(200).extract().header("ETag");
    }

    /** A case lead of the lead agency takes the case as its lead practitioner. */
    public static void takeLead(Login caseLead, UUID caseId) {
        Gateway.as(caseLead).header("If-Match", etag(caseLead, caseId))
                .when().post("/api/cases/{id}/take-lead", caseId).then().statusCode(200);
    }

    /** An action of the family plan, owned by {@code owner}; returns its id. */
    public static UUID planAction(Login lead, UUID caseId, String description, Agency owner, LocalDate due) {
        return UUID.fromString(Gateway.as(lead)
                .body(Map.of("description", description, "ownerAgency", owner.code(), "dueDate", due.toString()))
                .when().post("/api/cases/{id}/actions", caseId)
                .then().statusCode(201).extract().path("id"));
    }

    /** The owner agency (or the lead) moves a plan action on, e.g. to {@code done}. */
    public static void moveAction(Login mover, UUID caseId, UUID actionId, String status) {
        Gateway.as(mover).header("If-Match", etag(mover, caseId)).body(Map.of("status", status))
                .when().post("/api/cases/{id}/actions/{action}/status", caseId, actionId).then().statusCode(200);
    }

    /** A note in the case's chronology; returns its id. */
    public static UUID writeNote(Login author, UUID caseId, String text, boolean restricted) {
        return UUID.fromString(Gateway.as(author).body(Map.of("text", text, "restricted", restricted))
                .when().post("/api/cases/{id}/notes", caseId)
                .then().statusCode(201).extract().path("id"));
    }
}
