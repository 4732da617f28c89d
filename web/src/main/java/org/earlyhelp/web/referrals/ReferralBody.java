package org.earlyhelp.web.referrals;

import org.earlyhelp.web.pages.Answers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A draft as referral-service's {@code POST /api/referrals} body (its OpenAPI: NewReferral). */
final class ReferralBody {

    private ReferralBody() {
    }

    static ObjectNode of(ReferralDraft draft, ObjectMapper json) {
        ObjectNode body = json.createObjectNode();
        ArrayNode children = body.putArray("children");
        for (Answers child : draft.children) {
            ObjectNode c = children.addObject();
            boolean unborn = "yes".equals(child.get("unborn"));
            text(c, "firstName", child.get("firstName"));
            text(c, "lastName", child.get("lastName"));
            if (unborn) {
                ReferralQuestions.date(child, "due").ifPresent(date -> c.put("expectedDueDate", date.toString()));
            } else {
                ReferralQuestions.date(child, "dob").ifPresent(date -> c.put("dateOfBirth", date.toString()));
            }
            text(c, "sex", child.get("sex"));
            ObjectNode address = c.putObject("address");
            text(address, "line1", child.get("line1"));
            text(address, "line2", child.get("line2"));
            text(address, "town", child.get("town"));
            text(address, "postcode", child.get("postcode").toUpperCase(java.util.Locale.UK));
            text(c, "school", child.get("school"));
            text(c, "nhsNumber", child.get("nhsNumber").replace(" ", ""));
        }
        ArrayNode household = body.putArray("household");
        for (Answers member : draft.household) {
            ObjectNode m = household.addObject();
            text(m, "firstName", member.get("firstName"));
            text(m, "lastName", member.get("lastName"));
            ReferralQuestions.date(member, "dob").ifPresent(date -> m.put("dateOfBirth", date.toString()));
            text(m, "relationship", member.get("relationship"));
        }
        ArrayNode concerns = body.putArray("concerns");
        for (Answers concern : draft.concerns) {
            ObjectNode c = concerns.addObject();
            text(c, "category", concern.get("category"));
            text(c, "description", concern.get("description"));
            ReferralQuestions.date(concern, "since").ifPresent(date -> c.put("since", date.toString()));
            text(c, "severity", concern.get("severity"));
        }
        text(body, "whatHasBeenTried", draft.family.get("whatHasBeenTried"));
        text(body, "familyViews", draft.family.get("familyViews"));
        ObjectNode family = body.putObject("family");
        family.put("knows", "yes".equals(draft.family.get("knows")));
        family.put("agrees", "yes".equals(draft.family.get("agrees")));
        text(family, "reasonIfNot", draft.family.get("reasonIfNot"));
        text(body, "urgency", draft.urgency());
        text(body, "helpRequested", draft.family.get("helpRequested"));
        text(body, "area", draft.family.get("area"));
        return body;
    }

    private static void text(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value.trim());
        }
    }
}
