package org.earlyhelp.web.cases;

import java.util.HashMap;
import java.util.Map;

import org.earlyhelp.web.gateway.ApiResponse;
import org.earlyhelp.web.gateway.Gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Names the family on a case page. A case opened from a referral holds only the children's display names (the
 * referral's event carries no more), so the adults would be nameless there; the referrals the case came from name
 * everyone. Those this person may read (the API decides, with their own token) fill in the names and relationships
 * the case lacks; a person named nowhere they may read stays "a family member".
 */
final class FamilyNames {

    private FamilyNames() {
    }

    /** The case as read, with its family's missing names and relationships taken from its readable referrals. */
    static JsonNode filledIn(Gateway gateway, JsonNode kase) {
        boolean missing = false;
        for (JsonNode person : kase.path("family")) {
            missing |= !person.hasNonNull("displayName") || !person.hasNonNull("relationship");
        }
        if (!missing) {
            return kase;
        }
        Map<String, JsonNode> named = new HashMap<>();
        for (JsonNode referralId : kase.path("referralIds")) {
            ApiResponse referral = gateway.get("/api/referrals/" + referralId.asText());
            if (referral.ok()) {
                referral.body().path("household").forEach(member -> named.putIfAbsent(member.path("personId").asText(), member));
                referral.body().path("children").forEach(child -> named.putIfAbsent(child.path("personId").asText(), child));
            }
        }
        for (JsonNode person : kase.path("family")) {
            JsonNode known = named.get(person.path("personId").asText());
            if (known != null && person instanceof ObjectNode unnamed) {
                if (!unnamed.hasNonNull("displayName") && known.hasNonNull("firstName")) {
                    unnamed.put("displayName", (known.path("firstName").asText() + " " + known.path("lastName").asText()).trim());
                }
                if (!unnamed.hasNonNull("relationship") && known.hasNonNull("relationship")) {
                    unnamed.put("relationship", known.path("relationship").asText());
                }
            }
        }
        return kase;
    }
}
