package org.earlyhelp.consent.participation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.consent.ConsentApi;
import org.earlyhelp.consent.Questions;
import org.earlyhelp.consent.Staff;
import org.earlyhelp.platform.events.CloudEvent;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A referral handed over to children's social care (referral-service's {@code referral.handed-over}, decision 0064) gets its
 * lawful basis here without anyone calling this service: risk of significant harm, for the front door, in the name of the
 * hub worker who escalated it; once per person, however often the event is delivered; and the front door may then receive
 * the referral. The front door takes no part: it reaches no consent or lawful basis.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class HandOverLawfulBasisTest {

    static final String FRONT_DOOR = "northshire-childrens-social-care";

    @Inject
    ParticipationFixture participation;

    @Inject
    ReferralEvents referralEvents;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void escalationRecordsOneLawfulBasisInTheHubWorkersNameHoweverOftenTheEventComes() {
        UUID child = UUID.randomUUID();
        UUID referral = participation.referralSubmitted(child, "eastmere-academy");
        UUID handOver = UUID.randomUUID();
        CloudEvent handedOver = handedOver(handOver, referral, child, "hub.patel", "northshire-early-help", "early help hub triage");

        deliver(handedOver);
        deliver(handedOver);
        deliver(handedOver(handOver, referral, child, "hub.patel", "northshire-early-help", "early help hub triage"));

        List<Map<String, Object>> bases = given().header("Authorization", Staff.hubTriage().bearer()).queryParam("person", child)
                .when().get("/api/lawful-bases").then().statusCode(200).body("total", equalTo(1)).extract().path("items");
        assertThat(bases.get(0)).containsEntry("kind", "risk-of-significant-harm")
                .containsEntry("recipientAgencies", List.of(FRONT_DOOR)).containsEntry("purposes", List.of("referral"));
        assertThat(bases.get(0).get("decidedBy")).isEqualTo(Map.of("name", "hub.patel", "role", "early help hub triage"));

        ConsentApi.decide(Staff.hubTriage(), Questions.question(child, FRONT_DOOR, "referral", "identity", "contact", "concerns"))
                .statusCode(201).body("outcome", equalTo("permit")).body("basis.lawfulBasisKind", equalTo("risk-of-significant-harm"));
    }

    @Test
    void anImmediateRiskHandOverIsRecordedInTheReferrersName() {
        UUID child = UUID.randomUUID();
        UUID referral = participation.referralSubmitted(child, "northshire-police");

        deliver(handedOver(UUID.randomUUID(), referral, child, "pc.hughes", "northshire-police",
                "referrer, flagging immediate risk at submission"));

        given().header("Authorization", Staff.hubTriage().bearer()).queryParam("person", child)
                .when().get("/api/lawful-bases").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].decidedBy.name", equalTo("pc.hughes"));
    }

    private void deliver(CloudEvent event) {
        QuarkusTransaction.requiringNew().run(() -> referralEvents.handle(event));
    }

    private CloudEvent handedOver(UUID handOver, UUID referral, UUID child, String decider, String agency, String role) {
        Map<String, Object> data = Map.of("handOverId", handOver.toString(), "referralId", referral.toString(),
                "frontDoorAgency", FRONT_DOOR, "referringAgency", "eastmere-academy", "area", ParticipationFixture.AREA,
                "personIds", List.of(child.toString()), "immediateRisk", false, "status", "handed-over",
                "decidedBy", Map.of("userId", UUID.randomUUID().toString(), "name", decider, "agency", agency, "role", role));
        return new CloudEvent("1.0", UUID.randomUUID().toString(), "/early-help/referral", "referral.handed-over",
                handOver.toString(), Instant.now(), "application/json", json.valueToTree(data), "1");
    }
}
