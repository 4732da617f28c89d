package org.earlyhelp.cases.opening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.earlyhelp.cases.Agencies;
import org.earlyhelp.cases.Api;
import org.earlyhelp.cases.Families;
import org.earlyhelp.cases.StubNeighbours;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * One family, one case: a {@code referral.accepted} whose hub chose to join the child's open case ({@code joinCaseId})
 * adds the referral, its new people and its concerns to that case and tells the lead (history and
 * {@code case.referral-joined}), and opens no second case. Every case opened or joined from a referral knows each
 * household member's name, date of birth and relationship.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(StubNeighbours.class)
class OneFamilyOneCaseTest {

    @Inject
    ReferralFeed referrals;

    @Test
    void aCaseOpenedFromAReferralKnowsEveryHouseholdMembersNameDateOfBirthAndRelationship() {
        Families.Accepted family = Families.accepted();
        String caseId = referrals.accept(family);

        Api.read(Agencies.healthVisitorLead(), caseId).statusCode(200)
                .body("family.personId", contains(family.child.toString(), family.parent.toString()))
                .body("family[0].givenName", equalTo("Ava")).body("family[0].familyName", equalTo("Whitfield"))
                .body("family[0].dateOfBirth", equalTo("2019-06-14"))
                .body("family[1].displayName", equalTo("Donna Whitfield"))
                .body("family[1].givenName", equalTo("Donna")).body("family[1].familyName", equalTo("Whitfield"))
                .body("family[1].dateOfBirth", equalTo("1988-02-03")).body("family[1].relationship", equalTo("mother"));
    }

    @Test
    void aSecondReferralAboutTheChildJoinsTheOpenCaseAndTheLeadIsTold() {
        Families.Accepted first = Families.accepted().concerns("domestic-abuse");
        String caseId = referrals.accept(first);
        Families.Accepted second = Families.aboutTheChildOf(first).referredBy(Agencies.SCHOOL).concerns("education", "domestic-abuse")
                .joining(caseId);

        String joined = referrals.accept(second);

        assertThat(joined).isEqualTo(caseId);
        Api.read(Agencies.healthVisitorLead(), caseId).statusCode(200)
                .body("referralIds", contains(first.referralId.toString(), second.referralId.toString()))
                .body("family.personId", contains(first.child.toString(), first.parent.toString(), second.parent.toString()))
                .body("family[2].relationship", equalTo("mother"))
                .body("needs.need", containsInAnyOrder("domestic-abuse", "education"));
        Api.get(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/history").statusCode(200)
                .body("items.action", hasItem("referral-joined"));
        List<Map<String, Object>> told = Api.eventsAbout(Agencies.healthVisitorLead(), "case.referral-joined", caseId);
        assertThat(told).singleElement().satisfies(event -> assertThat(Api.data(event))
                .containsEntry("referralId", second.referralId.toString()).containsEntry("referringAgency", Agencies.SCHOOL)
                .containsEntry("leadAgency", Agencies.HEALTH_VISITING));
        assertThat(Api.events(Agencies.eventConsumer(), "case.opened")).noneMatch(event -> String.valueOf(Api.data(event)
                .get("referralIds")).contains(second.referralId.toString()));

        // Delivered again (at least once): nothing changes.
        referrals.deliver("referral.accepted", second.data());
        Api.read(Agencies.healthVisitorLead(), caseId).body("referralIds", contains(first.referralId.toString(),
                second.referralId.toString()));
    }

    @Test
    void aCaseClosedOrHandedOnMeanwhileIsNotJoinedTheReferralOpensACaseOfItsOwn() {
        Families.Accepted first = Families.accepted().ledBy(Agencies.CHARITY);
        String caseId = referrals.accept(first);
        // The hub joined it while it was led by health visiting, whom consent-service permitted; the charity leads it now.
        Families.Accepted second = Families.aboutTheChildOf(first).joining(caseId);

        String opened = referrals.accept(second);

        assertThat(opened).isNotEqualTo(caseId);
        Api.read(Agencies.healthVisitorLead(), opened).statusCode(200).body("leadAgency", equalTo(Agencies.HEALTH_VISITING))
                .body("referralIds", contains(second.referralId.toString()));
        Api.read(Agencies.charityLead(), caseId).statusCode(200).body("referralIds", not(hasItem(second.referralId.toString())));
    }
}
