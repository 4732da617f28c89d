package org.earlyhelp.web.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.earlyhelp.web.pages.Answers;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class ReferralQuestionsTest {

    private static Answers unbornChild(LocalDate due) {
        return new Answers().put("unborn", "yes").put("lastName", "Wrenfield").put("dueDay", Integer.toString(due.getDayOfMonth()))
                .put("dueMonth", Integer.toString(due.getMonthValue())).put("dueYear", Integer.toString(due.getYear()))
                .put("line1", "4 Mill Lane").put("town", "Eastmere").put("postcode", "ns1 4qt");
    }

    @Test
    void anUnbornChildNeedsAnExpectedDateInTheFutureButNoFirstName() {
        assertThat(ReferralQuestions.checkChild(unbornChild(LocalDate.now().plusMonths(3))).summary()).isEmpty();
        assertThat(ReferralQuestions.checkChild(unbornChild(LocalDate.now().minusDays(2))).get("dueDay"))
                .contains("today or in the future");
    }

    @Test
    void aBornChildNeedsAFirstNameAndARealDateOfBirth() {
        Answers child = new Answers().put("unborn", "no").put("lastName", "Ashby").put("dobDay", "31").put("dobMonth", "2")
                .put("dobYear", "2013").put("line1", "1 High St").put("town", "Eastmere").put("postcode", "NS1 1AA");
        Answers errors = ReferralQuestions.checkChild(child);
        assertThat(errors.get("firstName")).isEqualTo("Enter the child's first name");
        assertThat(errors.get("dobDay")).startsWith("Enter the child's date of birth");
    }

    @Test
    void aFamilyThatDoesNotAgreeNeedsTheReasonWhy() {
        Answers family = new Answers().put("knows", "yes").put("agrees", "no").put("helpRequested", "Support").put("area", "eastmere");
        assertThat(ReferralQuestions.checkFamily(family).get("reasonIfNot")).isNotEmpty();
        assertThat(ReferralQuestions.checkFamily(family.put("reasonIfNot", "Not yet asked")).summary()).isEmpty();
    }

    @Test
    void theDraftBecomesTheApisBodyWithIsoDatesAndImmediateRiskAsUrgency() {
        ReferralDraft draft = new ReferralDraft("pc.hughes");
        LocalDate due = LocalDate.now().plusMonths(4);
        draft.children.add(unbornChild(due));
        draft.concerns.add(new Answers().put("category", "domestic-abuse").put("description", "Rows").put("severity", "significant-harm"));
        draft.risk.put("immediateRisk", "yes");
        draft.family.put("knows", "yes").put("agrees", "yes").put("helpRequested", "Parenting").put("area", "eastmere");

        ObjectNode body = ReferralBody.of(draft, new ObjectMapper());

        assertThat(body.path("children").get(0).path("expectedDueDate").asText()).isEqualTo(due.toString());
        assertThat(body.path("children").get(0).has("firstName")).isFalse();
        assertThat(body.path("children").get(0).path("address").path("postcode").asText()).isEqualTo("NS1 4QT");
        assertThat(body.path("urgency").asText()).isEqualTo("immediate-risk");
        assertThat(draft.immediateRisk()).isTrue();
        assertThat(body.path("family").path("agrees").asBoolean()).isTrue();
    }
}
