package org.earlyhelp.e2e.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.earlyhelp.e2e.EndToEnd;
import org.earlyhelp.e2e.Gateway;
import org.earlyhelp.e2e.Hub;
import org.earlyhelp.e2e.Login;
import org.earlyhelp.e2e.People;
import org.earlyhelp.e2e.Referrals;
import org.junit.jupiter.api.Test;

/**
 * Issue 27 point 6 in the suite: the police refer a child whose date of birth the officer does not know; the school
 * referred the same child earlier with one. The hub sees the earlier child as a candidate on the police's referral
 * (decision 0055: same name at the same address with no date to compare is strong, the weaker evidence it is).
 */
@EndToEnd
class ChildWithoutADateOfBirthTest {

    @Test
    void aChildReferredWithoutADateOfBirthIsMatchedToTheSameChildReferredWithOne() {
        People.Person child = People.child();
        Referrals.Submitted school = Referrals.about(child).submitBy(Login.TEACHER_EVANS);
        Referrals.Submitted police = Referrals.aboutChild(child).withoutDateOfBirth()
                .concern("abuse-exploitation", "Stopped late at night; would not give a date of birth", "medium")
                .submitBy(Login.PC_HUGHES);

        Gateway.as(Login.PC_HUGHES).when().get("/api/referrals/{id}", police.id()).then().statusCode(200)
                .body("children[0].dateOfBirthUnknown", org.hamcrest.Matchers.equalTo(true));
        List<Map<String, Object>> matches = Hub.matches(police).getList("items");
        assertThat(matches).anySatisfy(match -> {
            assertThat(match).containsEntry("personId", police.childPersonId().toString())
                    .containsEntry("candidatePersonId", school.childPersonId().toString())
                    .containsEntry("status", "suggested").containsEntry("strong", true);
            assertThat(match.get("reasons")).asInstanceOf(InstanceOfAssertFactories.LIST).isNotEmpty();
        });
        Hub.confirmSameChild(police, school.childPersonId());
        Gateway.as(Login.HUB_PATEL).when().get("/api/referrals/{id}", police.id()).then().statusCode(200)
                .body("children[0].personId", org.hamcrest.Matchers.equalTo(school.childPersonId().toString()));
    }
}
