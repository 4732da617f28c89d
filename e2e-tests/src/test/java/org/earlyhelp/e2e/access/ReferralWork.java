package org.earlyhelp.e2e.access;

import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.earlyhelp.e2e.Gateway;
import org.earlyhelp.e2e.Hub;
import org.earlyhelp.e2e.Login;
import org.earlyhelp.e2e.Referrals;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** The hub's steps on a referral that the matrix's amendment, question, hand-over and search cells start from. */
final class ReferralWork {

    private static final Login HUB = Login.HUB_PATEL;

    private ReferralWork() {
    }

    /** The referral's ETag now, as the hub reads it (other cells may have moved it on). */
    static String etagNow(UUID referralId) {
        return Gateway.as(HUB).when().get("/api/referrals/{id}", referralId).then().statusCode(200).extract().header("ETag");
    }

    /** The hub asks the referrer a question about a submitted referral; returns the request's id. */
    static UUID askReferrer(Referrals.Submitted referral) {
        Referrals.Submitted inTriage = Hub.startTriage(referral);
        Response asked = Gateway.as(HUB).header("If-Match", inTriage.etag())
                .body(Map.of("question", "Who else lives at the address?", "dueDate", LocalDate.now().plusDays(2).toString()))
                .when().post("/api/referrals/{id}/information-requests", referral.id());
        asked.then().statusCode(201);
        return UUID.fromString(asked.jsonPath().getString("id"));
    }

    /** The referrer answers the hub's question. */
    static void answer(Login referrer, UUID referralId, UUID requestId) {
        Gateway.as(referrer).header("If-Match", etagNow(referralId)).body(Map.of("answer", "Mum, her partner and two children"))
                .when().post("/api/referrals/{id}/information-requests/{requestId}/answer", referralId, requestId)
                .then().statusCode(200);
    }

    /** The hub escalates a submitted referral to children's social care; returns the hand-over's id. */
    static UUID escalate(Referrals.Submitted referral) {
        Referrals.Submitted inTriage = Hub.startTriage(referral);
        Gateway.as(HUB).header("If-Match", inTriage.etag())
                .body(Map.of("reason", "Disclosure of physical harm: reasonable cause to suspect significant harm"))
                .when().post("/api/referrals/{id}/escalate", referral.id()).then().statusCode(200)
                .body("status", equalTo("escalated"));
        return handOverOf(referral.id());
    }

    /** The hand-over of a referral, as the front door's inbox lists it. */
    static UUID handOverOf(UUID referralId) {
        for (int page = 0; ; page++) {
            JsonPath inbox = Gateway.as(Login.CSC_DUTY).queryParam("size", 100).queryParam("page", page)
                    .when().get("/api/hand-overs").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = inbox.getList("items");
            for (Map<String, Object> item : items) {
                if (referralId.toString().equals(item.get("referralId"))) {
                    return UUID.fromString((String) item.get("id"));
                }
            }
            if (items.isEmpty()) {
                throw new AssertionError("No hand-over of referral " + referralId + " in the front door's inbox");
            }
        }
    }

    /** What the hub's person search needs to find the referral's first child: name and date of birth. */
    static Map<String, String> nameAndBirth(UUID referralId) {
        JsonPath referral = Gateway.as(HUB).when().get("/api/referrals/{id}", referralId).then().statusCode(200)
                .extract().jsonPath();
        return Map.of("name", referral.getString("children[0].firstName") + " " + referral.getString("children[0].lastName"),
                "dateOfBirth", referral.getString("children[0].dateOfBirth"));
    }
}
