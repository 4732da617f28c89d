package org.earlyhelp.e2e;

import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** What the early help hub's screener ({@code hub.patel}) does to a referral, each step through the gateway. */
public final class Hub {

    private static final Login SCREENER = Login.HUB_PATEL;

    private Hub() {
    }

    /** submitted → in-triage. */
    public static Referrals.Submitted startTriage(Referrals.Submitted referral) {
        Response response = Gateway.as(SCREENER).header("If-Match", referral.etag())
                .when().post("/api/referrals/{id}/triage", referral.id());
        response.then().statusCode(200).body("status", equalTo("in-triage"));
        return referral.at(response.header("ETag"));
    }

    /** What a lead agency receives about each person on a referral, and so what the family's consent must cover. */
    public static final Set<String> WHAT_A_LEAD_RECEIVES = Set.of("identity", "contact", "concerns");

    /**
     * submitted → in-triage → accepted, with {@code lead} leading the case: the hub first records the family's consent
     * for {@code lead} to receive the referral for an early help assessment, for everyone on it, as referral-service
     * needs a permit from consent-service before the lead agency receives anything.
     */
    public static Referrals.Submitted accept(Referrals.Submitted referral, Agency lead) {
        Referrals.Submitted inTriage = startTriage(referral);
        consentToLead(referral, lead);
        Response response = acceptInTriage(inTriage, lead);
        response.then().statusCode(200).body("status", equalTo("accepted")).body("leadAgency", equalTo(lead.code()));
        return inTriage.at(response.header("ETag"));
    }

    /**
     * The hub records the family's consent for {@code lead} to receive the referral about each person on it, as the
     * referral names them now: a confirmed match has relinked a person to the id they were known by before.
     */
    public static void consentToLead(Referrals.Submitted referral, Agency lead) {
        JsonPath now = Gateway.as(SCREENER).when().get("/api/referrals/{id}", referral.id()).then().statusCode(200)
                .extract().jsonPath();
        List<UUID> people = new ArrayList<>();
        for (String path : List.of("children.personId", "household.personId")) {
            List<String> ids = now.getList(path);
            if (ids != null) {
                ids.forEach(id -> people.add(UUID.fromString(id)));
            }
        }
        for (UUID person : people) {
            Consents.about(person, "Family member").permit("early-help-assessment", Set.of(lead.code()), WHAT_A_LEAD_RECEIVES)
                    .recordBy(SCREENER);
        }
    }

    /** in-triage → accepted with {@code lead}, as the hub asks it; the answer unchecked (409 when consent does not permit). */
    public static Response acceptInTriage(Referrals.Submitted inTriage, Agency lead) {
        return Gateway.as(SCREENER).header("If-Match", inTriage.etag())
                .body(Map.of("leadAgency", lead.code(), "reason", "Early help with a lead practitioner"))
                .when().post("/api/referrals/{id}/accept", inTriage.id());
    }

    /** submitted → in-triage → signposted to one directory service; returns the onward referral's id. */
    public static UUID signpost(Referrals.Submitted referral, UUID serviceId) {
        Referrals.Submitted inTriage = startTriage(referral);
        Gateway.as(SCREENER).header("If-Match", inTriage.etag())
                .body(Map.of("reason", "Needs are best met by a partner service",
                        "services", List.of(Map.of("serviceId", serviceId.toString()))))
                .when().post("/api/referrals/{id}/signpost", referral.id())
                .then().statusCode(200).body("status", equalTo("signposted"));
        return onwardReferralOf(referral.id());
    }

    /** The onward referral the hub made from a referral, as the hub's inbox lists it. */
    public static UUID onwardReferralOf(UUID referralId) {
        for (int page = 0; ; page++) {
            JsonPath list = Gateway.as(SCREENER).queryParam("size", 100).queryParam("page", page)
                    .when().get("/api/onward-referrals").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = list.getList("items");
            for (Map<String, Object> item : items) {
                if (referralId.toString().equals(item.get("referralId"))) {
                    return UUID.fromString((String) item.get("id"));
                }
            }
            if (items.size() < 100) {
                throw new AssertionError("No onward referral made from referral " + referralId);
            }
        }
    }

    /** The referral's item in the hub's triage queue, read page by page (the queue may hold many); null if not in it. */
    public static Map<String, Object> queueItem(UUID referralId) {
        for (int page = 0; ; page++) {
            JsonPath queue = Gateway.as(SCREENER).queryParam("size", 100).queryParam("page", page)
                    .when().get("/api/triage-queue").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = queue.getList("items");
            for (Map<String, Object> item : items) {
                if (referralId.toString().equals(item.get("id"))) {
                    return item;
                }
            }
            if (items.size() < 100) {
                return null;
            }
        }
    }

    /** "Known to services": the candidates the hub sees for a referral's people, as one page ({@code items}, {@code total}). */
    public static JsonPath matches(Referrals.Submitted referral) {
        return Gateway.as(SCREENER).queryParam("size", 100).when().get("/api/referrals/{id}/matches", referral.id())
                .then().statusCode(200).extract().jsonPath();
    }

    /** Confirms that the referral's child is the child already known as {@code knownPersonId}. */
    public static void confirmSameChild(Referrals.Submitted referral, UUID knownPersonId) {
        JsonPath matches = matches(referral);
        List<Map<String, Object>> found = matches.getList("items");
        Map<String, Object> match = found.stream()
                .filter(candidate -> referral.childPersonId().toString().equals(candidate.get("personId"))
                        && knownPersonId.toString().equals(candidate.get("candidatePersonId")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Triage sees no match of " + referral.childPersonId() + " with "
                        + knownPersonId + ": " + found));
        Gateway.as(SCREENER).when().post("/api/referrals/{id}/matches/{match}/confirm", referral.id(), match.get("id"))
                .then().statusCode(200).body("status", equalTo("confirmed"));
    }
}
