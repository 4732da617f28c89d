package org.earlyhelp.cases.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.earlyhelp.platform.events.CloudEvent;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The feed is a public contract (EVENTS.md, the e2e and reliability tests read it): each payload
 * as published today reads as its record and is written back with the same field names and values.
 */
class CaseFeedTest {

    /** Writes as the services' ObjectMapper does (ISO dates, nulls kept). */
    private static final ObjectMapper WIRE = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final String ID = "7e51c2d4-8a3b-4f6e-9d1c-2b5a7e9f0c31";

    @Test
    void caseEvents() throws JsonProcessingException {
        roundTrips(CaseFeed.Opened.class, """
                { "caseId": "%1$s", "reference": "EH-2026-000042", "referralIds": ["%1$s"], "personIds": ["%1$s", "%1$s"],
                  "leadAgency": "northshire-health-visiting", "area": "eastmere" }""".formatted(ID));
        roundTrips(CaseFeed.ReferralJoined.class, """
                { "caseId": "%1$s", "referralId": "%1$s", "referringAgency": "eastmere-academy", "personIds": ["%1$s"],
                  "leadAgency": "northshire-health-visiting", "area": "eastmere" }""".formatted(ID));
        roundTrips(CaseFeed.MemberAdded.class, """
                { "caseId": "%1$s", "personIds": ["%1$s"], "agency": "brightstart-family-support", "role": "parenting support",
                  "area": "eastmere" }""".formatted(ID));
        roundTrips(CaseFeed.MemberRemoved.class, """
                { "caseId": "%1$s", "personIds": ["%1$s"], "agency": "brightstart-family-support", "ended": "left",
                  "area": "eastmere" }""".formatted(ID));
        roundTrips(CaseFeed.Transferred.class, """
                { "caseId": "%1$s", "personIds": ["%1$s"], "fromAgency": "northshire-health-visiting",
                  "toAgency": "brightstart-family-support", "area": "eastmere" }""".formatted(ID));
        roundTrips(CaseFeed.Closed.class, """
                { "caseId": "%1$s", "referralIds": ["%1$s"], "personIds": ["%1$s"], "leadAgency": "northshire-health-visiting",
                  "outcome": "needs-met", "outcomes": [{ "need": "domestic-abuse", "outcome": "needs-met" }],
                  "area": "eastmere" }""".formatted(ID));
        roundTrips(CaseFeed.Reopened.class, """
                { "caseId": "%1$s", "referralIds": ["%1$s"], "personIds": ["%1$s"], "area": "eastmere" }""".formatted(ID));
        roundTrips(CaseFeed.PersonAdded.class, """
                { "caseId": "%1$s", "personId": "%1$s", "givenName": "Rosie", "familyName": "Whitfield",
                  "dateOfBirth": "2026-02-01", "postcode": "EM1 2AB", "personIds": ["%1$s"],
                  "leadAgency": "northshire-health-visiting", "memberAgencies": ["brightstart-family-support"],
                  "area": "eastmere" }""".formatted(ID));
        roundTrips(CaseFeed.PersonAdded.class, """
                { "caseId": "%1$s", "personId": "%1$s", "givenName": null, "familyName": "Whitfield", "dateOfBirth": null,
                  "postcode": null, "personIds": ["%1$s"], "leadAgency": "northshire-health-visiting", "memberAgencies": [],
                  "area": "eastmere" }""".formatted(ID));
    }

    private static void roundTrips(Class<?> payload, String json) throws JsonProcessingException {
        CloudEvent event = event(json);
        JsonNode written = WIRE.valueToTree(event.dataAs(payload).orElseThrow());
        assertThat(written).as(payload.getSimpleName()).isEqualTo(event.data());
    }

    private static CloudEvent event(String json) throws JsonProcessingException {
        JsonNode data = WIRE.readTree(json);
        return new CloudEvent(CloudEvent.SPEC_VERSION, "e1", "/early-help/case", "test", null, null, CloudEvent.JSON, data, null);
    }
}
