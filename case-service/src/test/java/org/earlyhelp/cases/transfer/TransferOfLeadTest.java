package org.earlyhelp.cases.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.cases.Agencies;
import org.earlyhelp.cases.Api;
import org.earlyhelp.cases.Families;
import org.earlyhelp.cases.StubNeighbours;
import org.earlyhelp.cases.opening.ReferralFeed;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The lead passes to another agency on the team only when that agency's case lead accepts; every request is kept. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(StubNeighbours.class)
class TransferOfLeadTest {

    @Inject
    ReferralFeed referrals;

    private String caseId;

    @BeforeEach
    void aCaseWithTheCharityOnTheTeam() {
        Families.Accepted family = Families.accepted();
        caseId = referrals.accept(family);
        UUID consent = UUID.randomUUID();
        StubNeighbours.permit(family.child, Agencies.CHARITY, consent);
        StubNeighbours.permit(family.parent, Agencies.CHARITY, consent);
        Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/members", Map.of("agency", Agencies.CHARITY, "role", "family support"))
                .statusCode(201);
    }

    @Test
    void theLeadChangesOnlyWhenTheReceivingAgencyAccepts() {
        String transfer = requested(Agencies.CHARITY);
        Api.read(Agencies.charityLead(), caseId).statusCode(200).body("leadAgency", equalTo(Agencies.HEALTH_VISITING))
                .body("pendingTransfer.toAgency", equalTo(Agencies.CHARITY));
        Api.get(Agencies.charityLead(), "/api/caseload/transfers").statusCode(200).body("items.id", hasItem(transfer));

        // Only a case lead of the receiving agency answers.
        Api.act(Agencies.healthVisitorLead(), caseId, "transfers/" + transfer + "/accept", null).statusCode(403);
        Api.actWith(Agencies.charityLead(), caseId, "transfers/" + transfer + "/accept", null, null).statusCode(428);
        Api.act(Agencies.charityLead(), caseId, "transfers/" + transfer + "/accept", null).statusCode(200)
                .body("status", equalTo("accepted")).body("decidedBy", equalTo("worker.lee"));

        Api.read(Agencies.charityLead(), caseId).statusCode(200)
                .body("leadAgency", equalTo(Agencies.CHARITY)).body("leadPractitioner", equalTo("worker.lee"))
                .body("pendingTransfer", nullValue())
                .body("team.findAll { it.active }.agency", contains(Agencies.HEALTH_VISITING))
                .body("team.findAll { it.active }.role", contains("previous-lead"));
        // The new lead leads; the previous lead still sees the case but leads it no more.
        Api.act(Agencies.healthVisitorLead(), caseId, "take-lead", null).statusCode(403);
        Api.act(Agencies.charityLead(), caseId, "take-lead", null).statusCode(200);
        Map<String, Object> transferred = Api.eventsAbout(Agencies.healthVisitorLead(), "case.transferred", caseId).get(0);
        assertThat(Api.data(transferred)).containsEntry("fromAgency", Agencies.HEALTH_VISITING)
                .containsEntry("toAgency", Agencies.CHARITY).containsKey("personIds");
        Api.act(Agencies.charityLead(), caseId, "transfers/" + transfer + "/decline", Map.of("reason", "too late")).statusCode(409);
    }

    @Test
    void aDeclinedTransferLeavesTheLeadWhereItWasAndIsKept() {
        String transfer = requested(Agencies.CHARITY);
        Api.act(Agencies.charityLead(), caseId, "transfers/" + transfer + "/decline", Map.of()).statusCode(400);
        Api.act(Agencies.charityLead(), caseId, "transfers/" + transfer + "/decline", Map.of("reason", "no capacity this term"))
                .statusCode(200).body("status", equalTo("declined")).body("declineReason", equalTo("no capacity this term"));

        Api.read(Agencies.healthVisitorLead(), caseId).statusCode(200).body("leadAgency", equalTo(Agencies.HEALTH_VISITING))
                .body("pendingTransfer", nullValue());
        Api.get(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/transfers").statusCode(200)
                .body("items.status", contains("declined"));
        Api.act(Agencies.charityLead(), caseId, "transfers/" + transfer + "/accept", null).statusCode(409);
        assertThat(Api.eventsAbout(Agencies.eventConsumer(), "case.transferred", caseId)).isEmpty();
        // A new request may follow.
        requested(Agencies.CHARITY);
    }

    @Test
    void theLeadPassesOnlyToAnAgencyOnTheTeamAndOneRequestAtATime() {
        Map<String, Object> toDwp = Map.of("toAgency", Agencies.DWP, "reason", "financial needs lead");
        Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/transfers", toDwp).statusCode(409);
        Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/transfers",
                Map.of("toAgency", Agencies.HEALTH_VISITING, "reason", "x")).statusCode(409);
        Api.post(Agencies.charityLead(), "/api/cases/" + caseId + "/transfers",
                Map.of("toAgency", Agencies.CHARITY, "reason", "we'll take it")).statusCode(403);
        String transfer = requested(Agencies.CHARITY);
        Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/transfers",
                Map.of("toAgency", Agencies.CHARITY, "reason", "again")).statusCode(409);

        Api.act(Agencies.healthVisitorLead(), caseId, "transfers/" + transfer + "/cancel", null).statusCode(200)
                .body("status", equalTo("cancelled"));
        Api.get(Agencies.charityLead(), "/api/caseload/transfers").statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(hasItem(transfer)));
    }

    private String requested(String agency) {
        return Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/transfers",
                Map.of("toAgency", agency, "reason", "the family's needs are now mostly parenting")).statusCode(201)
                .body("status", equalTo("requested")).extract().path("id");
    }
}
